import * as z from "zod";

// Dates that come from outside (an imported file): PostgreSQL stores years 4713 BC to 294276 AD, and
// the pages do arithmetic on them, so a date is accepted only in the span the app can have seen.

/** Nothing in this app, or any exported file of it, is older than this. */
export const EARLIEST_STORED_DATE = new Date("2000-01-01T00:00:00Z");
const DAY_MS = 86_400_000;

/** An ISO date-time (or epoch milliseconds) from 2000-01-01 to a day after `now()`. */
export function storedDateSchema(now: () => Date = () => new Date()) {
  return z.coerce
    .date({ error: "must be a date, like 2026-11-01T09:30:00.000Z" })
    .refine(
      (date) => date >= EARLIEST_STORED_DATE && date.getTime() <= now().getTime() + DAY_MS,
      "must be a date between 2000-01-01 and tomorrow",
    );
}
