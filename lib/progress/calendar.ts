// Calendar arithmetic for the progress pages, in the learner's own time zone. Pure: the caller
// passes `now` and an IANA zone, so the same instants always give the same days in tests.
//
// Days are "YYYY-MM-DD" keys, not Dates. A key has no time of day, so adding a day to it cannot be
// thrown off by a 23- or 25-hour day at a DST change (subtracting 24 hours from a local midnight
// can), and keys compare correctly as strings (for years 0001–9999, i.e. any real attempt).

/** The zone used when a learner has not chosen one or the stored one is no longer valid. */
export const DEFAULT_TIME_ZONE = "UTC";

const DAY_MS = 86_400_000;
const KEY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building an Intl.DateTimeFormat is far slower than using one; a page formats hundreds of dates.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // en-US with the Gregorian calendar and Latin digits: only the numeric parts are read, so the
    // locale just has to be one whose parts are predictable.
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      calendar: "gregory",
      numberingSystem: "latn",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True when `tz` is an IANA zone (or an alias) this runtime knows, e.g. "Europe/London" or "UTC". */
export function isValidTimeZone(tz: string): boolean {
  if (tz.trim() === "") return false;
  try {
    formatterFor(tz);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date of `instant` in `timeZone`, as "YYYY-MM-DD". Throws a RangeError for an
 * invalid Date or an unknown zone (check stored zones with isValidTimeZone first).
 */
export function localDateKey(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("localDateKey expects a valid Date");
  let year = "";
  let month = "";
  let day = "";
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

function keyToUtcMs(key: string): number {
  const match = KEY_PATTERN.exec(key);
  if (!match) throw new RangeError(`Expected a "YYYY-MM-DD" date key, got "${key}"`);
  const [, year, month, day] = match;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  return date.getTime();
}

function utcMsToKey(ms: number): string {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

/**
 * The date key `days` calendar days after `key` (before, if negative). The arithmetic is done on
 * the key read as a UTC date, where every day has 24 hours, so it is unaffected by DST.
 */
export function addDays(key: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays expects a whole number of days, got ${days}`);
  return utcMsToKey(keyToUtcMs(key) + days * DAY_MS);
}

/** 0 for Monday … 6 for Sunday: weeks on the progress pages start on Monday (ISO 8601). */
export function isoWeekday(key: string): number {
  return (new Date(keyToUtcMs(key)).getUTCDay() + 6) % 7;
}

export interface HeatMapDay {
  date: string;
  /** Attempts on this local day; always 0 for a day after today. */
  count: number;
  /** After today: the cell exists to keep the grid rectangular but is not drawn as a day. */
  inFuture: boolean;
}

export interface HeatMapWeek {
  /** Exactly seven days, Monday first. */
  days: HeatMapDay[];
}

export interface AttemptHeatMapData {
  /** Oldest week first; the last week contains today. */
  weeks: HeatMapWeek[];
  /** Attempts inside the window (from the first Monday to today). */
  total: number;
  /** Days in the window with at least one attempt. */
  activeDays: number;
  /** The busiest day's count, the top of the colour scale; 0 when there are no attempts. */
  maxCount: number;
}

/**
 * Attempts per local day over the last `weeks` calendar weeks, laid out as columns of Monday–Sunday
 * for a GitHub-style calendar. Attempts before the first Monday or after today (clock skew) are
 * left out, so `total` always matches what the grid shows.
 */
export function attemptHeatMap(
  attemptTimes: Date[],
  timeZone: string,
  now: Date,
  weeks = 12,
): AttemptHeatMapData {
  if (!Number.isInteger(weeks) || weeks < 1) {
    throw new RangeError(`attemptHeatMap expects a positive whole number of weeks, got ${weeks}`);
  }
  const today = localDateKey(now, timeZone);
  const firstDay = addDays(today, -isoWeekday(today) - (weeks - 1) * 7);

  const counts = new Map<string, number>();
  for (const time of attemptTimes) {
    const key = localDateKey(time, timeZone);
    if (key >= firstDay && key <= today) counts.set(key, (counts.get(key) ?? 0) + 1);
  }

  let total = 0;
  let activeDays = 0;
  let maxCount = 0;
  const columns: HeatMapWeek[] = [];
  for (let week = 0; week < weeks; week++) {
    const days: HeatMapDay[] = [];
    for (let weekday = 0; weekday < 7; weekday++) {
      const date = addDays(firstDay, week * 7 + weekday);
      const inFuture = date > today;
      const count = inFuture ? 0 : (counts.get(date) ?? 0);
      total += count;
      if (count > 0) activeDays++;
      maxCount = Math.max(maxCount, count);
      days.push({ date, count, inFuture });
    }
    columns.push({ days });
  }
  return { weeks: columns, total, activeDays, maxCount };
}

export type HeatLevel = 0 | 1 | 2 | 3 | 4;

/**
 * The colour step for a day: 0 for no attempts, then quarters of the busiest day, rounded up so
 * that a single attempt is always visible (1) and only days near the maximum reach 4.
 */
export function heatLevel(count: number, maxCount: number): HeatLevel {
  if (!(count > 0)) return 0;
  if (!(maxCount > 0)) return 4;
  return Math.min(4, Math.max(1, Math.ceil((count / maxCount) * 4))) as HeatLevel;
}

/**
 * Reviews due, counted by the learner's calendar: `overdueOrToday` is everything due on or before
 * their local today (due later today still counts as today's work); `thisWeek` adds the next six
 * local days, so it always includes `overdueOrToday`.
 */
export function countDue(
  dueDates: Date[],
  timeZone: string,
  now: Date,
): { overdueOrToday: number; thisWeek: number } {
  const today = localDateKey(now, timeZone);
  const weekEnd = addDays(today, 6);
  let overdueOrToday = 0;
  let thisWeek = 0;
  for (const due of dueDates) {
    const key = localDateKey(due, timeZone);
    if (key <= today) overdueOrToday++;
    if (key <= weekEnd) thisWeek++;
  }
  return { overdueOrToday, thisWeek };
}
