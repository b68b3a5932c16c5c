// The limits of the account inputs, browser-safe so forms can show them without loading the
// server's schemas or the common-password list; ./validations.ts and ./password-policy.ts enforce them.

export const EMAIL_MAX_LENGTH = 254;
export const NAME_MAX_LENGTH = 80;
export const PASSWORD_MIN_LENGTH = 10;
/** Generous, so passphrases fit, yet bounded: argon2 of a megabyte would be a cheap denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

/** The self-ratings form sends one "rating:<skill-slug>" field per skill. */
export const RATING_FIELD_PREFIX = "rating:";
export const MAX_RATED_SKILLS = 60;
