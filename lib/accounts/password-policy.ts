import "server-only";

import { COMMON_PASSWORDS_TEXT } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./limits";

// ASVS 5.0 V6.2: a length floor, no composition rules, no truncation, and a check against common
// passwords. Length is counted in characters (code points), so a passphrase in any script counts fairly.

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean));
  return commonPasswords.has(password.toLowerCase());
}

export function characterCount(text: string): number {
  return [...text].length;
}

/**
 * Words an attacker tries first against this site in particular (ASVS 6.1.2 and 6.2.11: the
 * documented context-specific list, also in docs/security.md): the product's name, however spaced.
 */
export const CONTEXT_WORDS = ["gradientprep"] as const;

function containsContextWord(password: string): boolean {
  const squashed = password.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
  return CONTEXT_WORDS.some((word) => squashed.includes(word));
}

/** The problem with a proposed new password, in words for its owner, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  const length = characterCount(password);
  if (length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters (this one has ${length}).`;
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Use at most ${PASSWORD_MAX_LENGTH} characters (this one has ${length}).`;
  }
  if (isCommonPassword(password)) {
    return "This is one of the 3,000 most common passwords, so it is guessed first. Choose another.";
  }
  if (containsContextWord(password)) {
    return "Leave this site's name out of your password: it is among the first things tried against it.";
  }
  return null;
}
