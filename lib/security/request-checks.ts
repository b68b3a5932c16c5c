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

const PERSONAL_PREFIXES = ["/account", "/dashboard", "/practice", "/plan", "/onboarding"];

/** Pages that only make sense signed in; the page itself checks the session again. */
export function isPersonalPath(pathname: string): boolean {
  return PERSONAL_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export function normalisePath(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
}
