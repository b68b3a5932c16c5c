import * as z from "zod";

import { isValidTimeZone } from "./calendar";
import type { GradeName } from "./scheduling";

// The progress forms' schemas (grading an attempt, notes, bookmarks, practice settings), imported
// by both the forms (for the limits) and the server actions. Values arrive from FormData as
// strings, so numbers and booleans are coerced here rather than in each action.

export const QUESTION_SLUG_MAX_LENGTH = 200;
/** A day: longer than any honest attempt, short enough to keep averages meaningful. */
export const TIME_SPENT_MAX_SECONDS = 86_400;
/** A browser-made UUID is 36 characters; anything much shorter is too easy to repeat by accident. */
export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;
export const NOTE_MAX_LENGTH = 20_000;
export const DAILY_NEW_LIMIT_MIN = 1;
export const DAILY_NEW_LIMIT_MAX = 100;
/** The longest IANA zone name is about 30 characters ("America/Argentina/ComodRivadavia"). */
export const TIME_ZONE_MAX_LENGTH = 64;

const GRADE_VALUES = ["AGAIN", "HARD", "GOOD", "EASY"] as const satisfies readonly GradeName[];

export const gradeSchema = z.enum(GRADE_VALUES, { error: "Grade must be one of Again, Hard, Good or Easy." });

export const questionSlugSchema = z
  .string({ error: "Choose a question." })
  .trim()
  .min(1, "Choose a question.")
  .max(QUESTION_SLUG_MAX_LENGTH, "That question does not exist.");

/** "" or a missing field means "not measured". */
const timeSpentSchema = z.preprocess(
  (value) => (value === "" || value === undefined ? null : typeof value === "string" ? Number(value) : value),
  z
    .number({ error: "Time spent must be a number of seconds." })
    .int("Time spent must be a whole number of seconds.")
    .min(0, "Time spent cannot be negative.")
    .max(TIME_SPENT_MAX_SECONDS, "Time spent must be at most a day; leave it empty if you did not time it.")
    .nullable(),
);

/**
 * An IANA zone such as "Europe/London", stored in the canonical spelling the runtime reports (so
 * "europe/london" is kept as "Europe/London"). "" counts as not given.
 */
export const timeZoneSchema = z
  .string()
  .trim()
  .max(TIME_ZONE_MAX_LENGTH, "That is not a time zone.")
  .refine(isValidTimeZone, "That is not a time zone this server knows, such as Europe/London.")
  .transform((tz) => new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone);

const optionalTimeZoneSchema = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  timeZoneSchema.optional(),
);

export const recordAttemptSchema = z.object({
  questionSlug: questionSlugSchema,
  grade: gradeSchema,
  timeSpentSeconds: timeSpentSchema,
  idempotencyKey: z
    .string({ error: "This attempt is missing its key; reload the page and grade it again." })
    .min(IDEMPOTENCY_KEY_MIN_LENGTH, "This attempt's key is too short; reload the page and grade it again.")
    .max(IDEMPOTENCY_KEY_MAX_LENGTH, "This attempt's key is too long; reload the page and grade it again."),
  timeZone: optionalTimeZoneSchema,
});
export type RecordAttemptInput = z.infer<typeof recordAttemptSchema>;

export const noteSchema = z.object({
  questionSlug: questionSlugSchema,
  /** "" (after trimming) deletes the note. */
  body: z
    .string({ error: "Write a note, or clear it to delete it." })
    .max(NOTE_MAX_LENGTH, `Keep notes to at most ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`),
});
export type NoteInput = z.infer<typeof noteSchema>;

/** A boolean, or the strings a form sends for one ("true"/"false", "on"/"off", "1"/"0"). */
const formBoolean = (message: string) =>
  z.union([z.boolean(), z.stringbool({ error: message })], { error: message });

export const bookmarkSchema = z.object({
  questionSlug: questionSlugSchema,
  bookmarked: formBoolean("Bookmarked must be true or false."),
});
export type BookmarkInput = z.infer<typeof bookmarkSchema>;

export const practiceSettingsSchema = z.object({
  dailyNewLimit: z.coerce
    .number({ error: "Enter how many new questions you want a day." })
    .int("Enter a whole number of new questions.")
    .min(DAILY_NEW_LIMIT_MIN, `Practise at least ${DAILY_NEW_LIMIT_MIN} new question a day.`)
    .max(DAILY_NEW_LIMIT_MAX, `Choose at most ${DAILY_NEW_LIMIT_MAX} new questions a day.`),
  // An unchecked checkbox sends nothing, which means "off".
  hideTags: formBoolean("Hide tags must be on or off.").default(false),
});
export type PracticeSettingsInput = z.infer<typeof practiceSettingsSchema>;
