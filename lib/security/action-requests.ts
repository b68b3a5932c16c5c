// Server-action requests are checked by proxy.ts before Next.js decodes them (issue 12): Next.js
// 16.4 answers 500 to any body it cannot decode (malformed JSON, a wrong multipart boundary, a
// reference to a part that was never sent, a body over its 1 MB limit), and has no setting to
// answer otherwise (its action handler marks the 413 case as a TODO). Our pages send an action
// either a form (multipart/form-data whose field "0" holds the arguments as a JSON array, beside
// the form's own fields) or, for an action that reads none of its arguments (sign out), the
// arguments alone as text/plain JSON. Anything else is refused here with a 4xx and a sentence.

/** Next.js's default serverActions.bodySizeLimit; bodies over it never reach an action. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export type ActionCheck = { ok: true } | { ok: false; status: 400 | 413 | 415; message: string };

const OK: ActionCheck = { ok: true };
const refuse = (status: 400 | 413 | 415, message: string): ActionCheck => ({ ok: false, status, message });

/** What can be decided from the headers alone. */
export function checkActionHeaders(headers: {
  contentType: string | null;
  contentLength: string | null;
}): ActionCheck {
  const length = Number(headers.contentLength ?? 0);
  if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) {
    return refuse(413, "This form sent more than 1 MB; shorten what you entered.");
  }
  return actionBodyKind(headers.contentType) === null
    ? refuse(415, "This action takes a form (multipart/form-data) or its arguments as text/plain JSON.")
    : OK;
}

/** How an action's body is encoded, or null for an encoding our pages never send. */
export function actionBodyKind(contentType: string | null): "form" | "text" | null {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data") && /;\s*boundary=/.test(type)) return "form";
  if (type.startsWith("text/plain")) return "text";
  return null;
}

/**
 * Strings in the arguments that React's reply format reads as something other than text: "$$x" is
 * the escaped text "$x", "$K1" a FormData, and these stand for a value in place. Every other "$"
 * form refers to another part of the body (a promise, Map, Set, blob, stream, server function or a
 * shared object), which our forms never send and whose absence makes Next.js fail with a 500.
 */
const SELF_CONTAINED = /^\$(\$|K[0-9a-f]+$|undefined$|u$|I$|N$|-0$|-Infinity$|D\d|n-?\d+$)/;

function* strings(value: unknown): Generator<string> {
  if (typeof value === "string") yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (value !== null && typeof value === "object")
    for (const item of Object.values(value)) yield* strings(item);
}

/** What can be decided from the parsed form: a fetch action's arguments (field "0"), and its size. */
export function checkActionForm(form: FormData, { fetchAction }: { fetchAction: boolean }): ActionCheck {
  let bytes = 0;
  for (const [name, value] of form)
    bytes += name.length + (typeof value === "string" ? value.length : value.size);
  if (bytes > ACTION_BODY_LIMIT_BYTES)
    return refuse(413, "This form sent more than 1 MB; shorten what you entered.");
  if (!fetchAction) return OK;
  const args = form.get("0");
  if (typeof args !== "string") return refuse(400, "This action request has no arguments.");
  return checkActionArguments(args);
}

/** A fetch action's arguments, as sent in field "0" of a form or as a whole text/plain body. */
export function checkActionArguments(args: string): ActionCheck {
  if (args.length > ACTION_BODY_LIMIT_BYTES) return refuse(413, "This request sent more than 1 MB.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(args);
  } catch {
    return refuse(400, "This action request's arguments are not valid JSON.");
  }
  if (!Array.isArray(parsed)) return refuse(400, "This action request's arguments are not a list.");
  for (const text of strings(parsed)) {
    if (text.startsWith("$") && !SELF_CONTAINED.test(text)) {
      return refuse(400, "This action request refers to data it did not send.");
    }
  }
  return OK;
}
