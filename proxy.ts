import { readFileSync } from "node:fs";
import path from "node:path";

import { NextResponse, type NextRequest } from "next/server";

import { signInPath } from "@/lib/accounts/return-path";
import { SESSION_COOKIES, SIGNED_IN_HINT_COOKIE, signedInHintUpdate } from "@/lib/accounts/signed-in-hint";
import { env } from "@/lib/env";
import { RETRY_AFTER_SECONDS } from "@/lib/api/responses";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health/check-database";
import { databaseAnswers } from "@/lib/health/database-status";
import {
  actionBodyKind,
  checkActionArguments,
  checkActionForm,
  checkActionHeaders,
  type ActionCheck,
} from "@/lib/security/action-requests";
import { oauthFormOrigins, pagePolicies } from "@/lib/security/page-policies";
import {
  isCrossSiteWrite,
  isDecodablePath,
  isPersonalPath,
  needsDatabase,
  normalisePath,
  REQUEST_PATH_HEADER,
} from "@/lib/security/request-checks";

// Runs before every page and route except a GET of a prerendered public page, which the production
// server (scripts/serve.ts) answers past this file with the page's fixed policy. It refuses
// cross-site writes, addresses that cannot be decoded and malformed server-action bodies (each a
// 4xx, never a 500), answers 503 while the database is down for the requests that need it, sends
// signed-out visitors of personal pages to sign in (an optimistic check: each page checks the
// session itself), and sets the Content-Security-Policy.

const development = env.NODE_ENV === "development";

/** Where a page that cannot be shown right now is rendered from (app/unavailable/page.tsx). */
const UNAVAILABLE_PAGE = "/unavailable";
/** Any address no route matches: Next.js renders app/not-found.tsx there with a 404. */
const NOT_FOUND_PAGE = "/_not-found-bad-address";

const policies = pagePolicies({
  // next dev renders every page per request, so nonces cover everything there; a manifest left in
  // .next by an earlier production build describes other HTML and must not be used.
  distDir: development ? null : path.join(process.cwd(), ".next"),
  development,
  formOrigins: oauthFormOrigins(env),
  upgradeInsecureRequests: !development && env.SITE_URL.startsWith("https:"),
});

function cspFor(pathname: string): { csp: string; nonce: string | undefined } {
  const prerendered = policies.prerendered(normalisePath(pathname));
  return prerendered ? { csp: prerendered, nonce: undefined } : policies.withNonce();
}

const isApi = (pathname: string) => pathname.startsWith("/api/");

/** A request should not wait on a database in trouble: a probe longer than this counts as down. */
const PROBE_TIMEOUT_MS = 1_500;
const probeDatabase = async () => (await checkDatabase(db, PROBE_TIMEOUT_MS)).status === "up";

function plainError(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return new NextResponse(message, {
    status,
    headers: {
      "content-type": "text/plain; charset=utf-8",
      "cache-control": "private, no-store",
      ...headers,
    },
  });
}

function jsonError(status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(
    { error: message },
    { status, headers: { "cache-control": "private, no-store", ...headers } },
  );
}

/**
 * Set only by the production server (scripts/serve.ts strips it from clients) on a request for a
 * page it keeps for every visitor: KEPT_PAGE_REQUEST_HEADER in scripts/lib/rendered-pages.ts.
 */
const KEPT_PAGE_REQUEST_HEADER = "x-kept-page";

/** A page rendered at another address, keeping this request's URL, headers and CSP. */
function renderInstead(request: NextRequest, pathname: string): NextResponse {
  const { csp } = cspFor(pathname);
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp);
  const response = NextResponse.rewrite(new URL(pathname, request.url), { request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

let unavailableHtml: string | null | undefined;

/**
 * The 503 page: the prerendered app/(marketing)/unavailable page, sent with the status the
 * situation calls for (a rewrite would keep the page's own 200). `next dev` prerenders nothing, so
 * there the page is rendered in place, with a 200.
 */
function unavailablePage(request: NextRequest, headers: Record<string, string>): NextResponse {
  if (unavailableHtml === undefined) {
    try {
      unavailableHtml = readFileSync(
        path.join(process.cwd(), ".next", "server", "app", "unavailable.html"),
        "utf8",
      );
    } catch {
      unavailableHtml = null;
    }
  }
  if (development || unavailableHtml === null) return renderInstead(request, UNAVAILABLE_PAGE);
  return new NextResponse(unavailableHtml, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "private, no-store",
      "content-security-policy": cspFor(UNAVAILABLE_PAGE).csp,
      ...headers,
    },
  });
}

async function checkAction(request: NextRequest): Promise<ActionCheck> {
  const fetchAction = request.headers.has("next-action");
  const byHeaders = checkActionHeaders({
    contentType: request.headers.get("content-type"),
    contentLength: request.headers.get("content-length"),
  });
  // A form posted without JavaScript is multipart too; anything else without the header is not an action.
  if (!byHeaders.ok && !(fetchAction || byHeaders.status === 413)) return { ok: true };
  if (!byHeaders.ok) return byHeaders;
  if (actionBodyKind(request.headers.get("content-type")) === "text") {
    // A page's own post without JavaScript is never text; without the header it is no action.
    return fetchAction ? checkActionArguments(await request.clone().text()) : { ok: true };
  }
  let form: FormData;
  try {
    form = await request.clone().formData();
  } catch {
    return {
      ok: false,
      status: 400,
      message: "This form's body could not be read (a broken multipart body).",
    };
  }
  return checkActionForm(form, { fetchAction });
}

/** Keeps the browser's signed-in hint in step with the session cookie (lib/accounts/signed-in-hint.ts). */
function syncSignedInHint(request: NextRequest, response: NextResponse): NextResponse {
  const update = signedInHintUpdate(new Set(request.cookies.getAll().map((cookie) => cookie.name)));
  if (update === "set") response.cookies.set(SIGNED_IN_HINT_COOKIE, "1", { sameSite: "lax", path: "/" });
  if (update === "delete") response.cookies.delete(SIGNED_IN_HINT_COOKIE);
  return response;
}

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (
    isCrossSiteWrite({
      method: request.method,
      secFetchSite: request.headers.get("sec-fetch-site"),
      origin: request.headers.get("origin"),
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    })
  ) {
    return plainError(403, "Cross-site request refused.");
  }

  // Next.js answers a path it cannot percent-decode with a bare 500; no page has such an address.
  if (!isDecodablePath(pathname)) {
    return isApi(pathname)
      ? jsonError(404, "There is nothing at this address.")
      : renderInstead(request, NOT_FOUND_PAGE);
  }

  if (request.method === "POST" && !isApi(pathname)) {
    const action = await checkAction(request);
    if (!action.ok) return plainError(action.status, action.message);
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (
    needsDatabase({ pathname, method: request.method, signedIn }) &&
    !(await databaseAnswers(probeDatabase))
  ) {
    const retry = { "retry-after": String(RETRY_AFTER_SECONDS) };
    if (isApi(pathname)) {
      return jsonError(503, "The database is not answering; try again in a minute.", retry);
    }
    return unavailablePage(request, retry);
  }

  if (!signedIn && isPersonalPath(pathname)) {
    const redirect = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
    // Whether a personal address redirects depends on the cookie: no shared cache may keep it.
    redirect.headers.set("cache-control", "private, no-store");
    return redirect;
  }

  const requestHeaders = new Headers(request.headers);
  let csp: string;
  if (request.headers.has(KEPT_PAGE_REQUEST_HEADER)) {
    // The production server keeps this page for every visitor and gives it the hashes of its
    // scripts once rendered (scripts/lib/rendered-pages.ts): no nonce, and until then no script.
    csp = policies.rendered("").csp;
  } else {
    csp = cspFor(pathname).csp;
    // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
    requestHeaders.set("content-security-policy", csp);
  }
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  return syncSignedInHint(request, response);
}

export const config = {
  // Static files are served as they are: no CSP to attach, no session to check.
  matcher: [
    {
      source: "/((?!_next/static|_next/image|vendor/|favicon.ico|icon.svg|robots.txt|sitemap.xml).*)",
      // The production server (scripts/serve.ts) sets this header on a GET of a prerendered page,
      // which needs nothing from here, and strips it from every request a client sends
      // (PRERENDERED_REQUEST_HEADER in scripts/lib/prerendered-requests.ts).
      missing: [{ type: "header", key: "x-prerendered-page" }],
    },
  ],
};
