import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  afterFailure,
  EMAIL_MAX_DELAY_MS,
  EMAIL_RULE,
  MAIL_RULE,
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
    expect(tooManyAttemptsMessage(60_000)).toBe("Too many failed attempts. Try again in 1 minute.");
    expect(tooManyAttemptsMessage(23 * 3600_000)).toMatch(/in 23 hours/);
  });
});

describe("the email rule (a growing delay per account, from any address)", () => {
  it("lets five failures through, then waits 1 s, 2 s, 4 s… and never more than 30 s", () => {
    expect(fail(4, EMAIL_RULE, null, 0).blockedUntil).toBeNull();
    const waits = [5, 6, 7, 8, 9, 10, 20].map((n) => {
      const state = fail(n, EMAIL_RULE, null, 0);
      return state.blockedUntil!.getTime() - t0.getTime();
    });
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, EMAIL_MAX_DELAY_MS, EMAIL_MAX_DELAY_MS]);
  });

  it("keeps counting after a delay ends (it is a delay, not a lockout that restarts)", () => {
    const state = fail(7, EMAIL_RULE, null, 60_000);
    expect(state.failures).toBe(7);
  });

  it("starts again a day after the first failure", () => {
    const state = fail(8, EMAIL_RULE, null, 1000);
    expect(afterFailure(state, at(24 * 3600_000), EMAIL_RULE)).toMatchObject({
      failures: 1,
      blockedUntil: null,
    });
  });

  it("says the wait in seconds when it is under a minute", () => {
    expect(tooManyAttemptsMessage(1_500)).toBe(
      "Too many failed attempts for this account. Try again in 2 seconds.",
    );
  });
});

describe("mail limits", () => {
  it("lets five mails an hour go to one address, then none until the hour from the first is over", () => {
    const start = new Date("2026-12-05T10:00:00Z");
    let state: ThrottleState | null = null;
    for (let mail = 1; mail <= 5; mail++) {
      expect(retryAfterMs([state], start)).toBe(0);
      state = afterFailure(state, new Date(start.getTime() + mail * 60_000), MAIL_RULE);
    }
    // The first mail went at 10:01, so the block lasts until 11:01.
    expect(retryAfterMs([state], new Date(start.getTime() + 10 * 60_000))).toBe(51 * 60_000);
    expect(retryAfterMs([state], new Date(start.getTime() + 61 * 60_000))).toBe(0);
  });
});
