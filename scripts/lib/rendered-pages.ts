import { createHash } from "node:crypto";
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";

import { addVary, chooseEncoding, type CompressedBodies } from "./compressed-responses";
import { holdResponse } from "./held-response";

// Pages whose HTML is the same for every visitor, kept in memory by the production server
// (scripts/serve.ts) once Next.js has answered, and sent from there to the next visitors of that
// address, without Next.js (issue 18):
//  - the prerendered public pages (Next.js's own answer for one cost 0.9 to 1.5 ms of CPU, a kept
//    page's about 0.1 ms: bench:pages);
//  - the question search (/questions?q=…), rendered per request because its answer depends on the
//    address: about 20 ms of CPU each time (React, most of it), 0.02× the bare Next.js page's
//    throughput. Its HTML depends on the address alone (nothing personal: the solved/due marks
//    come from an API call in the browser).
//
// The one catch is the search's Content-Security-Policy: a kept page cannot carry a per-request
// nonce (every visitor would get the same one). Such a page is rendered through proxy.ts as usual (so a database
// that is down still gets its 503 page), but without a nonce (KEPT_PAGE_REQUEST_HEADER); once
// rendered, its policy names the hashes of the inline scripts it vouches for (lib/security/csp.ts,
// vouchedInlineScripts: Next.js's data pushes and the build's own scripts; anything else is left to
// be refused by the browser, and such a page is not kept). Decision record: docs/decisions/0009.

/**
 * Set by scripts/serve.ts on a request whose page it will keep, and removed from every request a
 * client sends: proxy.ts then asks Next.js for no nonce (proxy.ts spells the name out, since
 * Next.js bundles it apart from this file).
 */
export const KEPT_PAGE_REQUEST_HEADER = "x-kept-page";

/** Pages rendered per request whose HTML depends only on their address: kept once rendered. */
const KEPT_PATHS = new Set(["/questions"]);

/** Headers of the rendered answer not kept with it: per-response ones, and cookies (never shared). */
const NOT_KEPT = new Set([
  "set-cookie",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
]);

/** How long a kept page is sent before it is rendered again (content changes on deploy, rarely between). */
const DEFAULT_TTL_MS = 10 * 60_000;
/** Past this many bytes of HTML the least recently sent pages go. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The cache key of a request for a kept page, for a GET or HEAD of a document: a prerendered page's
 * path (`prerenderedPage`, from prerendered-requests.ts: its HTML ignores the query), or the whole
 * address of a search. A client-side navigation asks for the same address with `rsc: 1` (the RSC
 * payload, not HTML): that one is answered as usual.
 */
export function keptPageKey(
  request: Pick<IncomingMessage, "method" | "url" | "headers">,
  prerenderedPage: string | null,
): string | null {
  const { method, url, headers } = request;
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url?.startsWith("/")) return null;
  if (headers.rsc !== undefined || headers["next-router-prefetch"] !== undefined) return null;
  if (prerenderedPage !== null) return prerenderedPage;
  const end = url.indexOf("?");
  return KEPT_PATHS.has(end === -1 ? url : url.slice(0, end)) ? url : null;
}

export interface KeptPage {
  headers: [name: string, value: string | number | readonly string[]][];
  body: Buffer;
  /** Names the body in the compressed-body cache (not the ETag a prerendered page's headers carry). */
  bodyKey: string;
  expires: number;
}

/** Rendered pages by address, least recently sent out first past a byte budget, each for a while. */
export class KeptPages {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = DEFAULT_MAX_BYTES,
    private readonly ttlMs = DEFAULT_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): KeptPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.expires <= this.now()) {
      this.bytes -= page.body.length;
      return undefined;
    }
    this.pages.set(key, page);
    return page;
  }

  keep(key: string, headers: KeptPage["headers"], body: Buffer): KeptPage {
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.bytes -= old.body.length;
    }
    const bodyKey = `kept-${createHash("sha256").update(body).digest("base64url")}`;
    const page = { headers, body, bodyKey, expires: this.now() + this.ttlMs };
    this.pages.set(key, page);
    this.bytes += body.length;
    for (const [oldest, entry] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.bytes -= entry.body.length;
    }
    return page;
  }

  get size(): number {
    return this.pages.size;
  }
}

/** Whether an If-None-Match header names this ETag (weak or strong, or "*"). */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * Sends a kept page: its headers, then its body, compressed from the cache when the client takes
 * that; a 304 when the client already holds it (a prerendered page's ETag).
 */
export function sendKeptPage(
  request: IncomingMessage,
  response: ServerResponse,
  page: KeptPage,
  bodies: CompressedBodies,
): void {
  for (const [name, value] of page.headers) response.setHeader(name, value);
  addVary(response, "Accept-Encoding");
  const etag = response.getHeader("etag");
  if (typeof etag === "string" && matchesEtag(request.headers["if-none-match"], etag)) {
    response.statusCode = 304;
    response.end();
    return;
  }
  response.statusCode = 200;
  const encoding = chooseEncoding(request.headers["accept-encoding"]);
  const body = encoding ? bodies.get(page.bodyKey, encoding, page.body) : page.body;
  if (encoding) response.setHeader("content-encoding", encoding);
  response.setHeader("content-length", body.length);
  if (request.method === "HEAD") response.end();
  else response.end(body);
}

export interface KeepOptions {
  key: string;
  pages: KeptPages;
  bodies: CompressedBodies;
  /** The policy for this HTML, and how many of its inline scripts it does not vouch for. */
  policyFor(html: string): { csp: string; unvouched: number };
  /** Told when a rendered page had inline scripts the policy does not vouch for. */
  onUnvouched(key: string, count: number): void;
}

function headerEntries(headers: OutgoingHttpHeaders): KeptPage["headers"] {
  const entries: KeptPage["headers"] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !NOT_KEPT.has(name)) entries.push([name, value]);
  }
  return entries;
}

/**
 * Holds back what Next.js writes for a GET of a kept page until it has written all of it (a search
 * page streams in a few chunks within milliseconds), then: a 200 HTML page gets its vouched
 * policy, is kept (when every inline script was vouched for) and is sent as a kept page is; any
 * other answer (a 503 page, a redirect, an error) goes out as it was written.
 */
export function keepWhenRendered(
  request: IncomingMessage,
  response: ServerResponse,
  options: KeepOptions,
): void {
  holdResponse(response, finish);

  function finish(body: Buffer) {
    const html = String(response.getHeader("content-type") ?? "").startsWith("text/html");
    // A nonce would mean proxy.ts did not hear that this page is kept: such a page is not shared.
    const nonce = String(response.getHeader("content-security-policy") ?? "").includes("'nonce-");
    if (
      request.method !== "GET" ||
      response.statusCode !== 200 ||
      !html ||
      nonce ||
      response.getHeader("content-encoding")
    ) {
      if (response.statusCode === 304) {
        // A 304 says what its 200 would vary on, and has no body to give a length for.
        addVary(response, "Accept-Encoding");
        response.end();
        return;
      }
      if (!response.hasHeader("content-length")) response.setHeader("content-length", body.length);
      response.end(request.method === "HEAD" ? undefined : body);
      return;
    }
    const { csp, unvouched } = options.policyFor(body.toString("utf8"));
    response.setHeader("content-security-policy", csp);
    if (unvouched > 0) {
      options.onUnvouched(options.key, unvouched);
      response.setHeader("content-length", body.length);
      response.end(body);
      return;
    }
    const page = options.pages.keep(options.key, headerEntries(response.getHeaders()), body);
    sendKeptPage(request, response, page, options.bodies);
  }
}
