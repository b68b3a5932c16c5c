import type * as z from "zod";

// What every server action returns to its form: a status for the aria-live line, and per-field
// messages keyed by the form field's name. Never a thrown string.

export type ActionState<Field extends string = string> =
  | { status: "idle" }
  | { status: "success"; message: string }
  | { status: "error"; message: string; fieldErrors: Partial<Record<Field, string>> };

export const idleState: ActionState = { status: "idle" };

export function success(message: string): ActionState<never> {
  return { status: "success", message };
}

export function failure<Field extends string>(
  message: string,
  fieldErrors: Partial<Record<Field, string>> = {},
): ActionState<Field> {
  return { status: "error", message, fieldErrors };
}

/** The first message per field of a failed parse, and a summary naming the fields. */
export function invalidInput<Field extends string>(error: z.ZodError): ActionState<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as Field;
    fieldErrors[field] ??= issue.message;
  }
  const count = Object.keys(fieldErrors).length;
  return failure(
    count === 1 ? "Check the highlighted field." : `Check the ${count} highlighted fields.`,
    fieldErrors,
  );
}

// Server actions are public endpoints: a hand-made request can pass anything where a FormData is
// declared, so these read it defensively and an odd argument reads as an empty form (which the
// action's schema then refuses with a message), never as a crash.

/** FormData as a plain object of strings (files and repeated names are not used by our forms). */
export function formValues(formData: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  if (!(formData instanceof FormData)) return values;
  for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
  return values;
}

/** One text field of a form; a file, a missing field or a missing form reads as "". */
export function formString(formData: unknown, name: string): string {
  const value = formData instanceof FormData ? formData.get(name) : null;
  return typeof value === "string" ? value : "";
}
