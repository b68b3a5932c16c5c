import * as z from "zod";

// The one string schema every input goes through (issue 12): text a person typed or a client sent,
// with a named length limit, refusing what PostgreSQL cannot store (NUL) or what has no place in
// it (other control characters, bidirectional overrides that disguise text, broken UTF-16). A field
// adds its own rules on top; the message names the problem so a 400 or a form says what to fix.

/** C0 controls and DEL. In multi-line text, tab, line feed and carriage return are allowed. */
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Bidirectional embeddings, overrides and isolates (U+202A–E, U+2066–9): "Trojan Source" tricks. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;
/** A surrogate half without its other half cannot be encoded as UTF-8. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const CONTROL_CHARACTER_MESSAGE = "must not contain control characters";

/** Whether a string is safe to store and show: no NUL or control characters, no bidi overrides. */
export function isCleanText(value: string, { multiline = false }: { multiline?: boolean } = {}): boolean {
  return (
    !(multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value) &&
    !BIDI_CONTROL.test(value) &&
    !LONE_SURROGATE.test(value)
  );
}

export interface TextOptions {
  /** The most characters (UTF-16 code units, as JavaScript and maxLength count them). */
  max: number;
  /** The message when it is longer. */
  tooLong: string;
  /** Allow line breaks and tabs (notes); a single line otherwise (names, slugs, keys). */
  multiline?: boolean;
  /** The message for a control character; says what the field accepts. */
  invalid?: string;
  /** The message when the value is not a string at all. */
  required?: string;
}

export function text({ max, tooLong, multiline = false, invalid, required }: TextOptions) {
  return z
    .string(required ? { error: required } : undefined)
    .max(max, tooLong)
    .refine((value) => isCleanText(value, { multiline }), invalid ?? CONTROL_CHARACTER_MESSAGE);
}

/** A slug from a URL or a select (a question, skill or role): lowercase words and hyphens. */
export function slug({ max, invalid }: { max: number; invalid: string }) {
  return z
    .string({ error: invalid })
    .trim()
    .min(1, invalid)
    .max(max, invalid)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, invalid);
}
