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
  return null;
}
