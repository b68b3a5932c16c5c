// The limits of the progress inputs, browser-safe so forms can show them (maxLength, min, max)
// without loading the server's schemas; ./validations.ts enforces them.

export const QUESTION_SLUG_MAX_LENGTH = 200;
/** A day: longer than any honest attempt, short enough to keep averages meaningful. */
export const TIME_SPENT_MAX_SECONDS = 86_400;
/** A browser-made UUID is 36 characters; anything much shorter is too easy to repeat by accident. */
export const IDEMPOTENCY_KEY_MIN_LENGTH = 8;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 100;
export const NOTE_MAX_LENGTH = 20_000;
export const DAILY_NEW_LIMIT_MIN = 1;
export const DAILY_NEW_LIMIT_MAX = 100;
export const DAILY_NEW_LIMIT_DEFAULT = 10;
/** The longest IANA zone name is about 30 characters ("America/Argentina/ComodRivadavia"). */
export const TIME_ZONE_MAX_LENGTH = 64;
/** Runs before a checked attempt: far more than anyone makes, small enough to stay a number. */
export const RUNS_BEFORE_MAX = 10_000;
/** The code a person writes in the code runner, per question. */
export const CODE_MAX_LENGTH = 20_000;
/** A mock interview's written answer (for SQL and coding, the code: the same bound as CODE_MAX_LENGTH). */
export const MOCK_ANSWER_MAX_LENGTH = 20_000;
