import { describe, expect, it } from "vitest";

import { advanceClock, mockDeadline, timeLeft, type ClockMock } from "./clock";

const start = new Date("2026-12-05T12:00:00Z");
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

function mock(over: Partial<ClockMock> = {}): ClockMock {
  return {
    startedAt: start,
    lengthMinutes: 10,
    pausedAt: null,
    pausedMs: 0,
    questions: [
      { allottedSeconds: 200, startedAt: start, endedAt: null },
      { allottedSeconds: 200, startedAt: null, endedAt: null },
      { allottedSeconds: 200, startedAt: null, endedAt: null },
    ],
    ...over,
  };
}

describe("the mock's clock", () => {
  it("shows the first question with its time and the mock's left", () => {
    const state = mock();
    const advance = advanceClock(state, at(50));
    expect(advance).toEqual({
      timedOut: [],
      current: { index: 0, startedAt: start },
      over: false,
      endedAt: null,
    });
    expect(timeLeft(state, advance.current!, at(50))).toMatchObject({
      questionSeconds: 150,
      mockSeconds: 550,
    });
  });

  it("times out questions whose time ran out while nobody looked, each at its own deadline", () => {
    const advance = advanceClock(mock(), at(450));
    expect(advance.timedOut).toEqual([
      { index: 0, startedAt: start, endedAt: at(200) },
      { index: 1, startedAt: at(200), endedAt: at(400) },
    ]);
    expect(advance.current).toEqual({ index: 2, startedAt: at(400) });
  });

  it("ends when the last question's time is up, or at the mock's end, whichever is first", () => {
    expect(advanceClock(mock(), at(601))).toMatchObject({ over: true, current: null, endedAt: at(600) });
    // Answered early: the next question comes up at the answer, and the mock ends at its length.
    const answered = mock({
      questions: [
        { allottedSeconds: 200, startedAt: start, endedAt: at(20) },
        { allottedSeconds: 200, startedAt: at(20), endedAt: at(40) },
        { allottedSeconds: 900, startedAt: at(40), endedAt: null },
      ],
    });
    expect(advanceClock(answered, at(599)).current).toEqual({ index: 2, startedAt: at(40) });
    expect(advanceClock(answered, at(600))).toMatchObject({
      over: true,
      timedOut: [{ index: 2, startedAt: at(40), endedAt: at(600) }],
    });
  });

  it("stands still while paused, and a resume shifts both deadlines by the pause", () => {
    const paused = mock({ pausedAt: at(100) });
    expect(advanceClock(paused, at(5_000)).current).toEqual({ index: 0, startedAt: start });
    expect(timeLeft(paused, { index: 0, startedAt: start }, at(5_000))).toMatchObject({
      questionSeconds: 100,
      mockSeconds: 500,
    });
    // Resumed at 400 s: 300 s of pause.
    const resumed = mock({
      pausedMs: 300_000,
      questions: [
        { allottedSeconds: 200, startedAt: at(300), endedAt: null },
        { allottedSeconds: 200, startedAt: null, endedAt: null },
        { allottedSeconds: 200, startedAt: null, endedAt: null },
      ],
    });
    expect(mockDeadline(resumed)).toEqual(at(900));
    expect(timeLeft(resumed, { index: 0, startedAt: at(300) }, at(400))).toMatchObject({
      questionSeconds: 100,
      mockSeconds: 500,
    });
  });
});
