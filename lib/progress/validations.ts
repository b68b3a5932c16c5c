import * as z from "zod";

import { slug, text } from "@/lib/validation/text";

import { isValidTimeZone } from "./calendar";
import { GRADES } from "./grades";
import {
  CODE_MAX_LENGTH,
  DAILY_NEW_LIMIT_MAX,
  DAILY_NEW_LIMIT_MIN,
  IDEMPOTENCY_KEY_MAX_LENGTH,
  IDEMPOTENCY_KEY_MIN_LENGTH,
  NOTE_MAX_LENGTH,
  QUESTION_SLUG_MAX_LENGTH,
  RUNS_BEFORE_MAX,
  TIME_SPENT_MAX_SECONDS,
  TIME_ZONE_MAX_LENGTH,
} from "./limits";

// One schema per progress field, used by the API routes, the server actions and the account import
// alike (issue 11). Values from FormData arrive as strings, so numbers and booleans are coerced
// here rather than in each caller. The limits live in ./limits.ts for the forms.

export { DAILY_NEW_LIMIT_MAX, DAILY_NEW_LIMIT_MIN, NOTE_MAX_LENGTH } from "./limits";

export const gradeSchema = z.enum(GRADES, { error: "Grade must be one of Again, Hard, Good or Easy." });

export const questionSlugSchema = slug({
  max: QUESTION_SLUG_MAX_LENGTH,
  invalid: "Choose a question of this site by its address (lowercase words joined by hyphens).",
});

/** Seconds spent on an attempt; "" or a missing field means "not measured". */
export const timeSpentSchema = z.preprocess(
  (value) => (value === "" || value === undefined ? null : typeof value === "string" ? Number(value) : value),
  z
    .number({ error: "Time spent must be a number of seconds." })
    .int("Time spent must be a whole number of seconds.")
    .min(0, "Time spent cannot be negative.")
    .max(TIME_SPENT_MAX_SECONDS, "Time spent must be at most a day; leave it empty if you did not time it.")
    .nullable(),
);

export const idempotencyKeySchema = z
  .string({ error: "This attempt is missing its key; reload the page and grade it again." })
  .min(IDEMPOTENCY_KEY_MIN_LENGTH, "This attempt's key is too short; reload the page and grade it again.")
  .max(IDEMPOTENCY_KEY_MAX_LENGTH, "This attempt's key is too long; reload the page and grade it again.")
  .regex(
    /^[A-Za-z0-9_-]+$/,
    "This attempt's key has characters a key never has; reload the page and grade it again.",
  );

/**
 * An IANA zone such as "Europe/London", stored in the canonical spelling the runtime reports (so
 * "europe/london" is kept as "Europe/London"), so that every later page can format dates in it.
 */
export const timeZoneSchema = text({ max: TIME_ZONE_MAX_LENGTH, tooLong: "That is not a time zone." })
  .trim()
  .refine(isValidTimeZone, "That is not a time zone this server knows, such as Europe/London.")
  .transform((tz) => new Intl.DateTimeFormat("en-US", { timeZone: tz }).resolvedOptions().timeZone);

/** "" or a missing field counts as not given. */
const optionalTimeZoneSchema = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  timeZoneSchema.optional(),
);

/** A note in Markdown; "" (after trimming) deletes it. */
export const noteBodySchema = text({
  max: NOTE_MAX_LENGTH,
  tooLong: `Keep notes to at most ${NOTE_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  multiline: true,
  invalid: "A note can hold text and line breaks, but no other control characters.",
  required: "Write a note, or clear it to delete it.",
});

export const dailyNewLimitSchema = z.coerce
  .number({ error: "Enter how many new questions you want a day." })
  .int("Enter a whole number of new questions.")
  .min(DAILY_NEW_LIMIT_MIN, `Practise at least ${DAILY_NEW_LIMIT_MIN} new question a day.`)
  .max(DAILY_NEW_LIMIT_MAX, `Choose at most ${DAILY_NEW_LIMIT_MAX} new questions a day.`);

/** A boolean, or the strings a form sends for one ("true"/"false", "on"/"off", "1"/"0"). */
const formBoolean = (message: string) =>
  z.union([z.boolean(), z.stringbool({ error: message })], { error: message });

export const hideTagsSchema = formBoolean("Hide tags must be on or off.");

/** What the code runner found: the answer passed or failed the question's check. */
export const outcomeSchema = z.enum(["PASSED", "FAILED"], { error: "Outcome must be PASSED or FAILED." });

/** Runs and failed submissions before a checked attempt. */
export const runsBeforeSchema = z
  .number({ error: "Runs before must be a whole number." })
  .int("Runs before must be a whole number.")
  .min(0, "Runs before cannot be negative.")
  .max(RUNS_BEFORE_MAX, `Runs before must be at most ${RUNS_BEFORE_MAX}.`);

export const recordAttemptSchema = z.object({
  questionSlug: questionSlugSchema,
  grade: gradeSchema,
  timeSpentSeconds: timeSpentSchema,
  idempotencyKey: idempotencyKeySchema,
  timeZone: optionalTimeZoneSchema,
  outcome: outcomeSchema.nullish(),
  runsBefore: runsBeforeSchema.nullish(),
});
export type RecordAttemptInput = z.infer<typeof recordAttemptSchema>;

export const noteSchema = z.object({ questionSlug: questionSlugSchema, body: noteBodySchema });

/** The code in a question's code panel; "" deletes the saved copy. */
export const codeSchema = text({
  max: CODE_MAX_LENGTH,
  tooLong: `Keep your code to at most ${CODE_MAX_LENGTH.toLocaleString("en-US")} characters.`,
  multiline: true,
  invalid: "Code can hold text, tabs and line breaks, but no other control characters.",
  required: "Send the code as text.",
});
export type NoteInput = z.infer<typeof noteSchema>;

export const bookmarkSchema = z.object({
  questionSlug: questionSlugSchema,
  bookmarked: formBoolean("Bookmarked must be true or false."),
});
export type BookmarkInput = z.infer<typeof bookmarkSchema>;

export const practiceSettingsSchema = z.object({
  dailyNewLimit: dailyNewLimitSchema,
  // An unchecked checkbox sends nothing, which means "off".
  hideTags: hideTagsSchema.default(false),
});
export type PracticeSettingsInput = z.infer<typeof practiceSettingsSchema>;
