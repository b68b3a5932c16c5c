// The sign-in limits, as pure rules over one counter row. Three counters guard each attempt:
// - consecutive failures for one email from one address: a lockout, which an attacker elsewhere
//   cannot use against the owner (it is per address);
// - all failures from one address per day: one address cannot spray many emails;
// - failures for one email from anywhere: a growing delay, never a lockout, so guessing one
//   account from many addresses is slowed to a couple of tries a minute while its owner waits at
//   most EMAIL_MAX_DELAY_MS (issue 12).
// The README's "Sign-in limits" section documents these numbers; keep the two in step.

export interface ThrottleRule {
  /** Failures that trigger the block. */
  limit: number;
  /** Counting window from the first failure; null means "consecutive until a success resets it". */
  windowMs: number | null;
  /** When the block that a failure at `now` (the `failures`-th in its window) starts ends. */
  blockUntil: (failure: { now: Date; failures: number; windowStartedAt: Date }) => Date;
  /** A block that has ended starts the count again (a lockout), or not (a delay that keeps growing). */
  restartAfterBlock: boolean;
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

export const ACCOUNT_RULE: ThrottleRule = {
  limit: 10,
  windowMs: null,
  blockUntil: ({ now }) => new Date(now.getTime() + 15 * MINUTE),
  restartAfterBlock: true,
};
export const ADDRESS_RULE: ThrottleRule = {
  limit: 100,
  windowMs: DAY,
  blockUntil: ({ windowStartedAt }) => new Date(windowStartedAt.getTime() + DAY),
  restartAfterBlock: true,
};
export const EMAIL_MAX_DELAY_MS = 30 * SECOND;
export const EMAIL_RULE: ThrottleRule = {
  limit: 5,
  windowMs: DAY,
  // 1 s after the fifth failure, doubling with each one after it, up to 30 s.
  blockUntil: ({ now, failures }) =>
    new Date(now.getTime() + Math.min(EMAIL_MAX_DELAY_MS, SECOND * 2 ** (failures - 5))),
  restartAfterBlock: false,
};

/** Mail to one address from the reset and sign-up forms: five an hour. */
export const MAIL_RULE: ThrottleRule = {
  limit: 5,
  windowMs: 60 * MINUTE,
  blockUntil: ({ windowStartedAt }) => new Date(windowStartedAt.getTime() + 60 * MINUTE),
  restartAfterBlock: true,
};

/** Mail asked for from one client address, to anyone: a hundred an hour (an office behind one address signs up together). */
export const MAIL_FROM_ADDRESS_RULE: ThrottleRule = { ...MAIL_RULE, limit: 100 };

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

/** The counter after one more failure at `now`. */
export function afterFailure(previous: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const windowOver =
    previous && rule.windowMs !== null && now.getTime() - previous.windowStartedAt.getTime() >= rule.windowMs;
  const blockOver = rule.restartAfterBlock && previous?.blockedUntil != null && previous.blockedUntil <= now;
  const fresh = !previous || windowOver || blockOver;
  const failures = fresh ? 1 : previous.failures + 1;
  const windowStartedAt = fresh ? now : previous.windowStartedAt;
  if (failures < rule.limit) return { failures, windowStartedAt, blockedUntil: null };
  return { failures, windowStartedAt, blockedUntil: rule.blockUntil({ now, failures, windowStartedAt }) };
}

/** Milliseconds until the counters allow another attempt; 0 when none blocks. */
export function retryAfterMs(states: (ThrottleState | null)[], now: Date): number {
  let wait = 0;
  for (const state of states) {
    if (state?.blockedUntil && state.blockedUntil > now) {
      wait = Math.max(wait, state.blockedUntil.getTime() - now.getTime());
    }
  }
  return wait;
}

export function tooManyAttemptsMessage(waitMs: number): string {
  if (waitMs < MINUTE) {
    const seconds = Math.max(1, Math.ceil(waitMs / SECOND));
    return `Too many failed attempts for this account. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`;
  }
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE));
  if (minutes >= 120) {
    const hours = Math.ceil(minutes / 60);
    return `Too many failed attempts from your network. Try again in ${hours} hours.`;
  }
  return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
