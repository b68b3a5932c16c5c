// Where a mock stands at a moment (issue 16), from timestamps alone: the question on screen and
// the time left for it and for the whole mock. Nothing counts down in memory, so a tab in the
// background, a closed tab or a restarted server all read the same answer from the same rows.
// A question's time runs from when it came up; running out moves to the next, which comes up at
// that moment; a pause (practice mode) stops both clocks.

export interface ClockQuestion {
  allottedSeconds: number;
  startedAt: Date | null;
  endedAt: Date | null;
}

export interface ClockMock {
  startedAt: Date;
  lengthMinutes: number;
  pausedAt: Date | null;
  pausedMs: number;
  questions: readonly ClockQuestion[];
}

/** What to write so that the rows say where the mock stands at `now`. */
export interface ClockAdvance {
  /** Questions whose time ran out: they came up at startedAt and end at their deadline, timed out. */
  timedOut: { index: number; startedAt: Date; endedAt: Date }[];
  /** The question now on screen and when it came up (if it was not up yet), or null when none is left. */
  current: { index: number; startedAt: Date } | null;
  /** Whether the answering is over (every question ended, or the whole mock's time is up). */
  over: boolean;
  /** When it ended, if over. */
  endedAt: Date | null;
}

/** The moment counted for the clocks: while paused, time stands at the pause. */
function effectiveNow(mock: ClockMock, now: Date): number {
  return (mock.pausedAt ?? now).getTime();
}

/** The end of the whole mock: its length after the start, plus every pause. */
export function mockDeadline(mock: Pick<ClockMock, "startedAt" | "lengthMinutes" | "pausedMs">): Date {
  return new Date(mock.startedAt.getTime() + mock.lengthMinutes * 60_000 + mock.pausedMs);
}

export function advanceClock(mock: ClockMock, now: Date): ClockAdvance {
  const at = effectiveNow(mock, now);
  const deadline = mockDeadline(mock).getTime();
  const timedOut: ClockAdvance["timedOut"] = [];
  // Where the running question came up (the first one at the mock's start).
  let previousEnd = mock.startedAt.getTime();
  for (const [index, question] of mock.questions.entries()) {
    if (question.endedAt) {
      previousEnd = question.endedAt.getTime();
      continue;
    }
    const startedAt = question.startedAt?.getTime() ?? previousEnd;
    const questionDeadline = Math.min(startedAt + question.allottedSeconds * 1000, deadline);
    if (at < questionDeadline) {
      return {
        timedOut,
        current: { index, startedAt: new Date(startedAt) },
        over: false,
        endedAt: null,
      };
    }
    timedOut.push({ index, startedAt: new Date(startedAt), endedAt: new Date(questionDeadline) });
    previousEnd = questionDeadline;
  }
  return { timedOut, current: null, over: true, endedAt: new Date(previousEnd) };
}

/** Seconds left for the question on screen and for the whole mock (for the countdowns). */
export function timeLeft(
  mock: ClockMock,
  current: { index: number; startedAt: Date },
  now: Date,
): { questionSeconds: number; mockSeconds: number; questionDeadline: Date; mockDeadline: Date } {
  const at = effectiveNow(mock, now);
  const deadline = mockDeadline(mock);
  const allotted = mock.questions[current.index]!.allottedSeconds * 1000;
  const questionDeadline = new Date(Math.min(current.startedAt.getTime() + allotted, deadline.getTime()));
  return {
    questionSeconds: Math.max(0, Math.ceil((questionDeadline.getTime() - at) / 1000)),
    mockSeconds: Math.max(0, Math.ceil((deadline.getTime() - at) / 1000)),
    questionDeadline,
    mockDeadline: deadline,
  };
}

/**
 * A resume: the pause's length is added to the mock's pauses and to the current question's start,
 * so both clocks pick up where they stopped.
 */
export function resumeShift(pausedAt: Date, now: Date): number {
  return Math.max(0, now.getTime() - pausedAt.getTime());
}
