import { createHash } from "node:crypto";

// Relative, not "@/lib/…": next.config.ts imports this module before path aliases exist.
import { THEME_INIT_SCRIPT } from "../theme/theme-init-script";

// The Content-Security-Policy, without 'unsafe-inline' scripts. Next.js puts its RSC payload in
// inline <script>s, so each one must be vouched for:
//  - prerendered pages (most public pages) carry fixed inline scripts, hashed at build time into
//    .next/csp-hashes.json (scripts/lib/csp-manifest.ts); their CSP lists those hashes;
//  - pages rendered per request get a fresh nonce, which Next.js adds to its scripts.
// Every policy allows the theme script that every page inlines (lib/theme/theme-init-script.ts)
// by its hash. Same-origin script files (the framework's chunks) are allowed by 'self'.

const scriptHash = (body: string) => `sha256-${createHash("sha256").update(body, "utf8").digest("base64")}`;

export const THEME_INIT_SCRIPT_HASH = scriptHash(THEME_INIT_SCRIPT);

export interface CspOptions {
  /** Per-request nonce for a page rendered on demand. */
  nonce?: string;
  /** Hashes ("sha256-…") of inline scripts allowed on this response. */
  scriptHashes?: readonly string[];
  /** next dev evaluates code and talks to its server over a websocket. */
  development?: boolean;
  /** Origins a sign-in form may be redirected to (the configured OAuth providers). */
  formOrigins?: readonly string[];
  /** Ask browsers to fetch every subresource over https (production over https). */
  upgradeInsecureRequests?: boolean;
}

export function buildCsp(options: CspOptions): string {
  const hashes = new Set([THEME_INIT_SCRIPT_HASH, ...(options.scriptHashes ?? [])]);
  const scriptSources = [
    "'self'",
    ...(options.nonce ? [`'nonce-${options.nonce}'`] : []),
    ...[...hashes].map((hash) => `'${hash}'`),
    ...(options.development ? ["'unsafe-eval'"] : []),
  ];
  const directives = [
    "default-src 'self'",
    `script-src ${scriptSources.join(" ")}`,
    // Inline style attributes (bar widths) are not scripts; allowing them keeps charts simple.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${options.development ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${(options.formOrigins ?? []).map((origin) => ` ${origin}`).join("")}`,
    "frame-ancestors 'none'",
    ...(options.upgradeInsecureRequests ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The policy of the code runner's workers (issue 13), sent with their script. A dedicated worker
 * takes its policy from its own script's response, not from the page: the pages stay without
 * 'wasm-unsafe-eval', and the worker, where PGlite and Pyodide compile WebAssembly, gets it and
 * nothing more. It loads the runtimes from this site only, and nothing else at all.
 */
export const RUNNER_WORKER_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "connect-src 'self'",
].join("; ");

/**
 * Where Turbopack puts the bootstrap script of every `new Worker(new URL(…))`: the response that
 * carries a worker's policy. The runner is this site's only worker.
 */
export const WORKER_SCRIPT_SOURCE = "/_next/static/chunks/:file(turbopack-worker-[^/]+\\.js)";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/** The text of every inline script a browser would run: not those with a src, nor data blocks. */
function* executableInlineScripts(html: string): Generator<string> {
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    if (type && type !== "text/javascript" && type !== "module" && type !== "application/javascript")
      continue;
    yield body;
  }
}

/**
 * The CSP hash of every inline script in an HTML document. Scripts with a src are covered by
 * 'self'; JSON-LD and other data blocks are not executed, so CSP ignores them.
 */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(Array.from(executableInlineScripts(html), scriptHash))];
}

/**
 * How Next.js's inline scripts that carry nothing but data begin: the RSC payload's queue (its
 * first push, then every later one) and Turbopack's list of the page's chunks. Each is followed by
 * one JSON value and ")".
 */
const DATA_PUSHES = [
  "self.__next_f.push(",
  "(self.__next_f=self.__next_f||[]).push(",
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(',
];

/** A script that only hands one JSON value to one of Next.js's queues, and so runs no code of its own. */
export function isDataPush(script: string): boolean {
  const prefix = DATA_PUSHES.find((start) => script.startsWith(start));
  if (!prefix) return false;
  const end = script.endsWith(");") ? script.length - 2 : script.endsWith(")") ? script.length - 1 : -1;
  if (end <= prefix.length) return false;
  try {
    JSON.parse(script.slice(prefix.length, end));
    return true;
  } catch {
    return false;
  }
}

export interface VouchedScripts {
  /** Hashes of the inline scripts allowed to run. */
  hashes: string[];
  /** Inline scripts left out of them: the browser will refuse to run these. */
  unvouched: number;
}

/**
 * For a page rendered once on demand and then kept for every visitor (scripts/lib/rendered-pages.ts):
 * the hashes of its inline scripts that are Next.js data pushes (see isDataPush), the theme script,
 * or scripts the build already vouched for (`known`, the prerendered pages' hashes). Any other
 * inline script is counted and not hashed, so markup that slipped into the page cannot run code
 * through the policy.
 */
export function vouchedInlineScripts(html: string, known: ReadonlySet<string>): VouchedScripts {
  const hashes = new Set<string>();
  let unvouched = 0;
  for (const script of executableInlineScripts(html)) {
    const hash = scriptHash(script);
    if (known.has(hash) || hash === THEME_INIT_SCRIPT_HASH || isDataPush(script)) hashes.add(hash);
    else unvouched++;
  }
  return { hashes: [...hashes], unvouched };
}
