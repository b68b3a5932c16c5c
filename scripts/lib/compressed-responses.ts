import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";

import { holdResponse } from "./held-response";

// Compressing a prerendered page as it is sent is the same work on the same bytes each time (gzip
// was about a third of the comparison page's serving cost, issue 18). The production server
// (scripts/serve.ts) compresses such a body once per encoding and keeps it: a kept page's
// (rendered-pages.ts) by a hash of its bytes, the RSC payload of a prerendered page (a client
// navigation) by the ETag Next.js computes, a static file (the framework's and the site's scripts
// and styles) by its path and ETag; every other response it compresses as it goes.

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

/**
 * Past this many compressed bytes the oldest entries go (every page of this site, both encodings, is
 * about 25 MB; the static scripts and styles under 1 MB).
 */
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

function brotliParams(quality: number, body: Buffer): zlib.BrotliOptions {
  return {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  };
}

function compress(body: Buffer, encoding: Encoding): Buffer {
  // Brotli 5 is as fast as gzip 9 and a quarter smaller: quick enough to make a visitor wait for.
  return encoding === "br"
    ? zlib.brotliCompressSync(body, brotliParams(5, body))
    : zlib.gzipSync(body, { level: 9 });
}

/**
 * Brotli's best level makes a page about a tenth smaller again (the comparison's HTML 17.0 → 14.8 kB,
 * a role page's 13.5 → 11.8 kB: under the 14.6 kB a new connection's first round trip carries) but
 * takes about ten times as long (0.1 s for the comparison). So a body is compressed at it on the
 * thread pool, off the request's path, once it is asked for a second time: the pages people visit
 * get it, a one-off search does not cost it.
 */
const BEST_BROTLI_QUALITY = 11;

interface Entry {
  body: Buffer;
  /** Compressed at the best level, or being compressed at it. */
  refined: boolean;
}

/** Compressed bodies by encoding and key (ETag, path, hash of the bytes), oldest out first past a budget. */
export class CompressedBodies {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_MAX_BYTES) {}

  /** The body compressed. `body` is what `key` stands for: on a hit it serves only to refine the entry. */
  get(key: string, encoding: Encoding, body: string | Buffer): Buffer {
    const cacheKey = `${encoding} ${key}`;
    const kept = this.entries.get(cacheKey);
    if (kept) {
      if (!kept.refined && encoding === "br") this.refine(cacheKey, kept, body);
      return kept.body;
    }
    const compressed = compress(typeof body === "string" ? Buffer.from(body) : body, encoding);
    // gzip's level 9 is its best already.
    this.entries.set(cacheKey, { body: compressed, refined: encoding === "gzip" });
    this.bytes += compressed.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.body.length;
    }
    return compressed;
  }

  private refine(cacheKey: string, entry: Entry, body: string | Buffer) {
    entry.refined = true;
    const source = typeof body === "string" ? Buffer.from(body) : body;
    zlib.brotliCompress(source, brotliParams(BEST_BROTLI_QUALITY, source), (error, smaller) => {
      // Gone from the cache meanwhile, or no gain: the quick one stays (or nothing does).
      if (error || this.entries.get(cacheKey) !== entry || smaller.length >= entry.body.length) return;
      this.bytes += smaller.length - entry.body.length;
      entry.body = smaller;
    });
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

const STATIC_FILES = "/_next/static/";
/** Static files worth compressing: fonts, images and WebAssembly are compressed already or barely shrink. */
const COMPRESSIBLE_FILE = /\.(js|css|json|svg|txt)$/;

/**
 * Compresses a static file (/_next/static/…: named by its content, so never different at one path
 * within a build) from the cache on its way out, for the second and later visitors at brotli's best
 * level (CompressedBodies): the chunks every page loads are 15% smaller than as compressed on the
 * fly, and cost no compression per request. Next.js still answers (headers, 304s, 404s). Returns
 * false, touching nothing, for a file of another kind (a font), a range request, a HEAD or a client
 * that takes neither encoding: compress those as any other. An answer that is not a 200 goes out as
 * it is.
 */
export function compressStaticFromCache(
  request: IncomingMessage,
  response: ServerResponse,
  bodies: CompressedBodies,
): boolean {
  if (request.method !== "GET" || request.headers.range || !request.url?.startsWith(STATIC_FILES))
    return false;
  // Next.js serves the file whatever the query says, so the cache does not key on it either.
  const path = request.url.split("?")[0]!;
  if (!COMPRESSIBLE_FILE.test(path)) return false;
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  if (!encoding) return false;
  holdResponse(response, (body) => {
    addVary(response, "Accept-Encoding");
    const etag = response.getHeader("etag");
    if (response.statusCode !== 200 || typeof etag !== "string" || response.getHeader("content-encoding")) {
      if (response.statusCode === 304) {
        response.end();
        return;
      }
      if (!response.hasHeader("content-length")) response.setHeader("content-length", body.length);
      response.end(body);
      return;
    }
    const compressed = bodies.get(`${path} ${etag}`, encoding, body);
    response.setHeader("content-encoding", encoding);
    response.setHeader("content-length", compressed.length);
    // Ranges would count the compressed bytes; this answer offers none.
    response.removeHeader("accept-ranges");
    response.end(compressed);
  });
  return true;
}
