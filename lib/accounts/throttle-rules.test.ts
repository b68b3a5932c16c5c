import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  afterFailure,
  retryAfterMs,
  tooManyAttemptsMessage,
  type ThrottleState,
} from "./throttle-rules";

const t0 = new Date("2026-11-28T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function fail(times: number, rule = ACCOUNT_RULE, start: ThrottleState | null = null, step = 1000) {
  let state = start;
  for (let i = 0; i < times; i++) state = afterFailure(state, at(i * step), rule);
  return state!;
}

describe("the account rule (10 consecutive failures, then 15 minutes)", () => {
  it("does not block the ninth failure and blocks the tenth for 15 minutes", () => {
    expect(fail(9).blockedUntil).toBeNull();
    const tenth = fail(10);
    expect(tenth.failures).toBe(10);
    // The tenth failure happened at t0 + 9 s.
    expect(tenth.blockedUntil).toEqual(at(9000 + 15 * 60_000));
    expect(retryAfterMs([tenth], at(9000))).toBe(15 * 60_000);
  });

  it("starts counting again once the cool-down is over", () => {
    const blocked = fail(10);
    const after = afterFailure(blocked, at(9000 + 15 * 60_000), ACCOUNT_RULE);
    expect(after).toEqual({ failures: 1, windowStartedAt: at(9000 + 15 * 60_000), blockedUntil: null });
  });
});

describe("the address rule (100 failures a day)", () => {
  it("blocks the hundredth failure until the day's window ends", () => {
    const state = fail(100, ADDRESS_RULE);
    expect(state.blockedUntil).toEqual(at(24 * 3600_000));
  });

  it("opens a new window after a day", () => {
    const state = fail(50, ADDRESS_RULE);
    expect(afterFailure(state, at(24 * 3600_000), ADDRESS_RULE).failures).toBe(1);
  });
});

describe("retryAfterMs", () => {
  it("is the longest remaining block, and 0 when nothing blocks", () => {
    expect(retryAfterMs([null, null], t0)).toBe(0);
    const a = { failures: 10, windowStartedAt: t0, blockedUntil: at(60_000) };
    const b = { failures: 100, windowStartedAt: t0, blockedUntil: at(120_000) };
    expect(retryAfterMs([a, b, null], t0)).toBe(120_000);
    expect(retryAfterMs([a], at(60_000))).toBe(0);
  });

  it("never blocks before the limit, whatever the timing", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3_600_000 }), { maxLength: 9 }), (gaps) => {
        let state: ThrottleState | null = null;
        let clock = t0.getTime();
        for (const gap of gaps) {
          clock += gap;
          state = afterFailure(state, new Date(clock), ACCOUNT_RULE);
        }
        expect(retryAfterMs([state], new Date(clock))).toBe(0);
      }),
    );
  });
});

describe("tooManyAttemptsMessage", () => {
  it("rounds up to whole minutes, or hours for long blocks", () => {
    expect(tooManyAttemptsMessage(61_000)).toBe("Too many failed attempts. Try again in 2 minutes.");
    expect(tooManyAttemptsMessage(1_000)).toBe("Too many failed attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(23 * 3600_000)).toMatch(/in 23 hours/);
  });
});
