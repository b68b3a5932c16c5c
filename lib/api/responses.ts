import type * as z from "zod";

// The JSON answers of our route handlers: a status code that says what happened and, for bad
// input, a message naming each field and its problem. Never a 500 for something the client sent.

export interface ApiError {
  error: string;
  fieldErrors?: Record<string, string>;
}

export function json<T>(data: T, status = 200): Response {
  return Response.json(data, { status, headers: { "cache-control": "no-store" } });
}

export function apiError(status: number, error: string, fieldErrors?: Record<string, string>): Response {
  return json<ApiError>(fieldErrors ? { error, fieldErrors } : { error }, status);
}

export const unauthorized = () => apiError(401, "Sign in first.");
export const notFound = (what = "That") => apiError(404, `${what} was not found.`);

export function invalidBody(error: z.ZodError): Response {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".") || "body";
    fieldErrors[field] ??= issue.message;
  }
  const summary = Object.entries(fieldErrors)
    .map(([field, message]) => `${field}: ${message}`)
    .join(" ");
  return apiError(400, summary, fieldErrors);
}

/** The request's JSON body, or a 400 response saying it is not JSON. Bodies over `maxBytes` are refused. */
export async function readJson(
  request: Request,
  maxBytes = 64_000,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  // Refuse by the declared length before reading anything; check the real length after (a client
  // may omit or understate the header).
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) {
    return { ok: false, response: apiError(413, `The request body is over ${maxBytes} bytes.`) };
  }
  const text = await request.text();
  if (text.length > maxBytes) {
    return { ok: false, response: apiError(413, `The request body is over ${maxBytes} bytes.`) };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: apiError(400, "The request body is not valid JSON.") };
  }
}

/** Parses a JSON body with a schema: the data, or the 400 naming the bad fields. */
export async function parseJsonBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes?: number,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const read = await readJson(request, maxBytes);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.body);
  if (!parsed.success) return { ok: false, response: invalidBody(parsed.error) };
  return { ok: true, data: parsed.data };
}
