// The sign-in limits, as pure rules over one counter row. Two counters guard each attempt:
// consecutive failures for one email from one address (an attacker elsewhere cannot lock the
// owner out), and all failures from one address per day (one address cannot spray many emails).
// The README's "Sign-in limits" section documents these numbers; keep the two in step.

export interface ThrottleRule {
  /** Failures that trigger the block. */
  limit: number;
  /** Counting window; null means "consecutive until a success resets the counter". */
  windowMs: number | null;
  /** Block length for a rule without a window; a windowed rule blocks until its window ends. */
  blockMs: number;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export const ACCOUNT_RULE: ThrottleRule = { limit: 10, windowMs: null, blockMs: 15 * MINUTE };
export const ADDRESS_RULE: ThrottleRule = { limit: 100, windowMs: DAY, blockMs: DAY };

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  blockedUntil: Date | null;
}

/** The counter after one more failure at `now`. */
export function afterFailure(previous: ThrottleState | null, now: Date, rule: ThrottleRule): ThrottleState {
  const windowOver =
    previous && rule.windowMs !== null && now.getTime() - previous.windowStartedAt.getTime() >= rule.windowMs;
  const blockOver = previous?.blockedUntil != null && previous.blockedUntil <= now;
  const fresh = !previous || windowOver || blockOver;
  const failures = fresh ? 1 : previous.failures + 1;
  const windowStartedAt = fresh ? now : previous.windowStartedAt;
  if (failures < rule.limit) return { failures, windowStartedAt, blockedUntil: null };
  const blockedUntil =
    rule.windowMs === null
      ? new Date(now.getTime() + rule.blockMs)
      : new Date(windowStartedAt.getTime() + rule.windowMs);
  return { failures, windowStartedAt, blockedUntil };
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
  const minutes = Math.max(1, Math.ceil(waitMs / MINUTE));
  if (minutes >= 120) {
    const hours = Math.ceil(minutes / 60);
    return `Too many failed attempts from your network. Try again in ${hours} hours.`;
  }
  return `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}
