// Pure checks proxy.ts makes on each request, kept here so they are unit-tested.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A state-changing request from another site. Browsers send Sec-Fetch-Site on every request and
 * Origin on every POST; either naming another site is refused. Next.js checks server actions'
 * Origin too, but answers with an error page; this answers a plain 403 before any work is done.
 */
export function isCrossSiteWrite(request: {
  method: string;
  secFetchSite: string | null;
  origin: string | null;
  host: string | null;
}): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return false;
  if (request.secFetchSite === "cross-site" || request.secFetchSite === "same-site") return true;
  if (!request.origin) return false;
  if (request.origin === "null") return true;
  try {
    return new URL(request.origin).host !== request.host;
  } catch {
    return true;
  }
}

/**
 * The signed-in pages: one per folder of app/(app) (request-checks.test.ts fails when the two
 * disagree, so a new personal page is named here and in its folder, and nowhere else).
 */
export const PERSONAL_PREFIXES = ["/account", "/dashboard", "/mock", "/onboarding", "/plan", "/practice"];

/**
 * The header proxy.ts sets on every request with its path and query, so server code can name the
 * page it is rendering (requireUser's return path). Always overwritten: a client cannot set it.
 */
export const REQUEST_PATH_HEADER = "x-request-path";

/** Pages that only make sense signed in; the page itself checks the session again. */
export function isPersonalPath(pathname: string): boolean {
  return PERSONAL_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * Whether a path can be some page's address: every percent-escape decodes (Next.js answers a bad one,
 * like "%ff", with a 500) and nothing decodes to a control character (no address has one; "%00"
 * would reach a query as a NUL, which PostgreSQL refuses).
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    return !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/** Pages that read the database for a signed-out visitor too (the sign-in's second step, mailed links). */
const DATABASE_PAGES = ["/sign-in/two-factor", "/reset-password", "/verify-email"];

/** API routes that answer a signed-out visitor without the database ({ signedIn: false }). */
const ANONYMOUS_API = [/^\/api\/questions\/[^/]+\/progress$/, /^\/api\/plan$/];

/**
 * Requests that cannot be answered without the database, so proxy.ts answers them 503 while it is
 * down: personal pages and the APIs, the question list (a search), every form post (server
 * actions), the pages of DATABASE_PAGES, and a signed-in visitor's sign-in page (it reads the
 * session). Prerendered public
 * pages and the health check are served regardless.
 */
export function needsDatabase({
  pathname,
  method,
  signedIn,
}: {
  pathname: string;
  method: string;
  signedIn: boolean;
}): boolean {
  if (pathname === "/api/health") return false;
  if (pathname.startsWith("/api/")) return signedIn || !ANONYMOUS_API.some((route) => route.test(pathname));
  if (method.toUpperCase() === "POST") return true;
  if (normalisePath(pathname) === "/questions" || DATABASE_PAGES.includes(normalisePath(pathname)))
    return true;
  return signedIn && (isPersonalPath(pathname) || ["/sign-in", "/sign-up"].includes(normalisePath(pathname)));
}

export function normalisePath(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
}
