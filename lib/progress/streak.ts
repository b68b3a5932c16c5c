// Practice streaks, counted in local calendar days: an attempt at 23:30 in Auckland belongs to the
// learner's Tuesday even though it is Monday in UTC. Pure; the caller passes `now` and the zone.

import { addDays, localDateKey } from "./calendar";

/** The distinct local days with at least one attempt, up to and including today. */
function activeDays(attemptTimes: Date[], timeZone: string, now: Date): Set<string> {
  const today = localDateKey(now, timeZone);
  const days = new Set<string>();
  for (const time of attemptTimes) {
    const key = localDateKey(time, timeZone);
    // An attempt "after today" can only come from clock skew; it must not extend a streak.
    if (key <= today) days.add(key);
  }
  return days;
}

/**
 * Consecutive local days with at least one attempt, ending today, or ending yesterday when there
 * is no attempt yet today: the streak is not broken until the learner's day is over. 0 otherwise.
 */
export function currentStreak(attemptTimes: Date[], timeZone: string, now: Date): number {
  const days = activeDays(attemptTimes, timeZone, now);
  const today = localDateKey(now, timeZone);
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak++;
    day = addDays(day, -1);
  }
  return streak;
}

/** The longest run of consecutive local days with at least one attempt, up to today. */
export function longestStreak(attemptTimes: Date[], timeZone: string, now: Date): number {
  const sorted = [...activeDays(attemptTimes, timeZone, now)].sort();
  let longest = 0;
  let run = 0;
  let previous: string | undefined;
  for (const day of sorted) {
    run = previous !== undefined && addDays(previous, 1) === day ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = day;
  }
  return longest;
}
