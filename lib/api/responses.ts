import type * as z from "zod";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { reportDatabaseUnavailable } from "@/lib/health/database-status";

// The JSON answers of our route handlers: a status code that says what happened and, for bad
// input, a message naming each field and its problem. Never a 500 for something the client sent.

export interface ApiError {
  error: string;
  fieldErrors?: Record<string, string>;
}

export function json<T>(data: T, status = 200): Response {
  // One user's answer: never stored by a shared cache (deploy/nginx.conf) nor by the browser.
  return Response.json(data, { status, headers: { "cache-control": "private, no-store" } });
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
  return invalidFields(fieldErrors);
}

/** 400 with a message per field, e.g. { "attempts.3.createdAt": "must be a date …" }. */
export function invalidFields(fieldErrors: Record<string, string>): Response {
  const summary = Object.entries(fieldErrors)
    .map(([field, message]) => `${field}: ${message}`)
    .join(" ");
  return apiError(400, summary, fieldErrors);
}

export interface BodyLimits {
  /** Bytes on the wire; bodies over it are refused (413). */
  maxBytes?: number;
  /**
   * Accept a gzip-compressed body (Content-Encoding: gzip), refused once it inflates past this many
   * bytes. Unset means a compressed body is refused.
   */
  maxDecodedBytes?: number;
}

type ReadResult = { ok: true; body: unknown } | { ok: false; response: Response };

const tooLarge = (bytes: number) =>
  apiError(413, `The request body is over ${bytes.toLocaleString("en-US")} bytes.`);

/** Reads a stream to its end, or stops at `limit` bytes (returns null then). */
async function readAtMost(
  stream: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** The request's JSON body, or the 400/413/415 response saying why not. */
export async function readJson(request: Request, limits: BodyLimits = {}): Promise<ReadResult> {
  const maxBytes = limits.maxBytes ?? 64_000;
  // Refuse by the declared length before reading anything; count the real bytes while reading (a
  // client may omit or understate the header).
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  const encoding = (request.headers.get("content-encoding") ?? "identity").trim().toLowerCase();
  if (encoding !== "identity" && !(encoding === "gzip" && limits.maxDecodedBytes)) {
    return {
      ok: false,
      response: apiError(415, `A request body encoded as "${encoding.slice(0, 20)}" is not accepted here.`),
    };
  }
  if (!request.body) return { ok: false, response: apiError(400, "The request has no body; send JSON.") };
  let bytes: Uint8Array<ArrayBuffer> | null;
  try {
    if (encoding === "gzip") {
      const raw = await readAtMost(request.body, maxBytes);
      if (!raw) return { ok: false, response: tooLarge(maxBytes) };
      const inflated = new Blob([raw]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = await readAtMost(inflated, limits.maxDecodedBytes!);
      if (!bytes) return { ok: false, response: tooLarge(limits.maxDecodedBytes!) };
    } else {
      bytes = await readAtMost(request.body, maxBytes);
      if (!bytes) return { ok: false, response: tooLarge(maxBytes) };
    }
  } catch {
    return {
      ok: false,
      response: apiError(400, "The request body could not be read; if it is gzip-compressed, it is damaged."),
    };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: apiError(400, "The request body is not UTF-8 text.") };
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
  limits?: BodyLimits,
): Promise<{ ok: true; data: z.infer<T> } | { ok: false; response: Response }> {
  const read = await readJson(request, limits);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.body);
  if (!parsed.success) return { ok: false, response: invalidBody(parsed.error) };
  return { ok: true, data: parsed.data };
}

/** How long a client is told to wait while the database is not answering. */
export const RETRY_AFTER_SECONDS = 30;

export function databaseUnavailable(): Response {
  return Response.json(
    { error: "The database is not answering; try again in a minute." },
    {
      status: 503,
      headers: { "cache-control": "private, no-store", "retry-after": String(RETRY_AFTER_SECONDS) },
    },
  );
}

/**
 * A route handler that answers 503 (with Retry-After) when the database cannot be reached, instead
 * of a 500. proxy.ts answers most such requests before they get here; this covers the moment the
 * database goes away while a request is being handled.
 */
export function apiRoute<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        reportDatabaseUnavailable();
        return databaseUnavailable();
      }
      throw error;
    }
  };
}
