import { randomInt } from "node:crypto";

// What a person types at the second step: a six-digit code from their app, or one of their
// recovery codes. Read strictly: only ASCII digits count as digits (no other scripts' digits, no
// full-width forms), so "what the person typed" and "what was checked" never differ.

/** Recovery codes avoid letters and digits that are easily confused (i, l, o, 0, 1). */
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_HALF = 5;
export const RECOVERY_CODE_COUNT = 10;
const MAX_INPUT_LENGTH = 64;

export type SecondFactorInput =
  | { kind: "totp"; code: string }
  | { kind: "recovery"; code: string }
  | { kind: "malformed"; message: string };

export const SECOND_FACTOR_FORMAT_MESSAGE =
  "Enter the 6-digit code from your authenticator app (digits 0–9), or a recovery code such as abcde-23456.";

export function parseSecondFactorInput(raw: string): SecondFactorInput {
  if (raw.length > MAX_INPUT_LENGTH) {
    return {
      kind: "malformed",
      message: `That is ${raw.length.toLocaleString("en-US")} characters long. ${SECOND_FACTOR_FORMAT_MESSAGE}`,
    };
  }
  // Spaces and dashes are how people group codes when they copy them.
  const compact = raw.replace(/[\s-]/g, "");
  if (/^[0-9]{6}$/.test(compact)) return { kind: "totp", code: compact };
  const lower = compact.toLowerCase();
  const recovery = new RegExp(`^[${RECOVERY_ALPHABET}]{${2 * RECOVERY_HALF}}$`);
  if (recovery.test(lower)) {
    return { kind: "recovery", code: `${lower.slice(0, RECOVERY_HALF)}-${lower.slice(RECOVERY_HALF)}` };
  }
  if (raw.trim() === "") return { kind: "malformed", message: "Enter a code." };
  if (/^[0-9]+$/.test(compact)) {
    return {
      kind: "malformed",
      message: `That code has ${compact.length} digits; codes from the app have 6.`,
    };
  }
  return { kind: "malformed", message: SECOND_FACTOR_FORMAT_MESSAGE };
}

/** A new recovery code, about 49 random bits: "abcde-23456". */
export function newRecoveryCode(): string {
  let code = "";
  for (let index = 0; index < 2 * RECOVERY_HALF; index++) {
    if (index === RECOVERY_HALF) code += "-";
    code += RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)];
  }
  return code;
}
