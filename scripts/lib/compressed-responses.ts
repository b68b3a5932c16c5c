import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";

// Compressing a prerendered page as it is sent is the same work on the same bytes each time (gzip
// was about a third of the comparison page's serving cost, issue 18). The production server
// (scripts/serve.ts) compresses such a body once per encoding and keeps it: a kept page's
// (rendered-pages.ts) by a hash of its bytes, the RSC payload of a prerendered page (a client
// navigation) by the ETag Next.js computes; every other response it compresses as it goes.

export type Encoding = "br" | "gzip";

/**
 * The encoding to answer an Accept-Encoding header with: brotli when the client takes it at least as
 * gladly as gzip (browsers), else gzip (curl, wrk), else none. "q=0" refuses an encoding; "*"
 * stands for any encoding the header does not name.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const qualities = new Map<string, number>();
  for (const part of header.split(",")) {
    const [token = "", ...parameters] = part.split(";");
    const name = token.trim().toLowerCase();
    if (!name) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const [key = "", value = ""] = parameter.split("=");
      // An unreadable q-value counts as a refusal rather than as a welcome.
      if (key.trim().toLowerCase() === "q")
        quality = /^\s*[01](\.\d{0,3})?\s*$/.test(value) ? Number(value) : 0;
    }
    qualities.set(name, quality);
  }
  const quality = (encoding: Encoding) => qualities.get(encoding) ?? qualities.get("*") ?? 0;
  if (quality("br") > 0 && quality("br") >= quality("gzip")) return "br";
  return quality("gzip") > 0 ? "gzip" : null;
}

/** Past this many compressed bytes the oldest entries go (every page of this site, both encodings, is about 25 MB). */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Brotli 5 is as fast as gzip 9 and a quarter smaller; 11 would take half a second on a big page.
  return encoding === "br"
    ? zlib.brotliCompressSync(body, {
        params: {
          [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : zlib.gzipSync(body, { level: 9 });
}

/** Compressed bodies by encoding and ETag, oldest out first past a byte budget. */
export class CompressedBodies {
  private readonly entries = new Map<string, Buffer>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  get(etag: string, encoding: Encoding, body: string | Buffer): Buffer {
    const key = `${encoding} ${etag}`;
    const kept = this.entries.get(key);
    if (kept) return kept;
    const compressed = compress(typeof body === "string" ? Buffer.from(body) : body, encoding);
    this.entries.set(key, compressed);
    this.bytes += compressed.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.length;
    }
    return compressed;
  }

  get size(): number {
    return this.entries.size;
  }
}

export function addVary(response: ServerResponse, field: string) {
  const vary = String(response.getHeader("vary") ?? "");
  const fields = vary.split(",").map((f) => f.trim().toLowerCase());
  if (!fields.includes(field.toLowerCase()) && !fields.includes("*")) {
    response.setHeader("vary", vary ? `${vary}, ${field}` : field);
  }
}

/**
 * Compresses the body of a GET of a prerendered page's RSC payload from the cache on its way out
 * (its HTML is kept whole, rendered-pages.ts). Next.js sends it with one `end(body)` carrying an ETag; any other answer (a 304, an error) goes out
 * as it is. Returns false, touching nothing, when the client takes neither brotli nor gzip or the
 * request is not a GET: compress that one as any other.
 */
export function compressFromCache(
  request: IncomingMessage,
  response: ServerResponse,
  bodies: CompressedBodies,
): boolean {
  if (request.method !== "GET") return false;
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  if (!encoding) return false;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    // Next.js sets Vary itself, so this goes last; a 304 must carry it too.
    if (!response.headersSent) addVary(response, "Accept-Encoding");
    const etag = response.getHeader("etag");
    const whole = typeof chunk === "string" || Buffer.isBuffer(chunk);
    if (
      response.statusCode !== 200 ||
      typeof etag !== "string" ||
      !whole ||
      response.headersSent ||
      response.getHeader("content-encoding")
    ) {
      return end(chunk, ...rest);
    }
    const body = bodies.get(etag, encoding, chunk);
    response.setHeader("content-encoding", encoding);
    response.setHeader("content-length", body.length);
    const callback = rest.find((arg) => typeof arg === "function");
    return callback ? end(body, callback) : end(body);
  }) as typeof response.end;
  return true;
}
