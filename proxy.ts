import { readFileSync } from "node:fs";
import path from "node:path";

import { NextResponse, type NextRequest } from "next/server";

import { signInPath } from "@/lib/accounts/return-path";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/accounts/signed-in-hint";
import { env } from "@/lib/env";
import { buildCsp } from "@/lib/security/csp";
import { isCrossSiteWrite, isPersonalPath, normalisePath } from "@/lib/security/request-checks";

// Runs before every page and route. It refuses cross-site writes, sends signed-out visitors of
// personal pages to sign in (an optimistic check: each page checks the session itself), and sets
// the Content-Security-Policy (lib/security/csp.ts).

const development = env.NODE_ENV === "development";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

const oauthOrigins = [
  ...(env.AUTH_GITHUB_ID ? ["https://github.com"] : []),
  ...(env.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
];

let prerendered: Map<string, string[]> | undefined;

function prerenderedHashes(): Map<string, string[]> {
  if (prerendered) return prerendered;
  // next dev renders every page per request, so nonces cover everything there; a manifest left in
  // .next by an earlier production build describes other HTML and must not be used.
  if (development) return (prerendered = new Map<string, string[]>());
  try {
    const file = path.join(process.cwd(), ".next", "csp-hashes.json");
    prerendered = new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>));
  } catch {
    console.warn("[csp] .next/csp-hashes.json is missing: build with `npm run build`.");
    prerendered = new Map();
  }
  return prerendered;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (
    isCrossSiteWrite({
      method: request.method,
      secFetchSite: request.headers.get("sec-fetch-site"),
      origin: request.headers.get("origin"),
      host: request.headers.get("x-forwarded-host") ?? request.headers.get("host"),
    })
  ) {
    return new NextResponse("Cross-site request refused.", {
      status: 403,
      headers: { "content-type": "text/plain" },
    });
  }

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn && isPersonalPath(pathname)) {
    return NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  }

  const hashes = prerenderedHashes();
  const pageHashes = hashes.get(normalisePath(pathname));
  // A page rendered on demand gets a nonce; the not-found page is prerendered and can be served
  // for any path, so its hashes are allowed everywhere.
  const nonce = pageHashes ? undefined : Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp({
    nonce,
    scriptHashes: pageHashes ?? hashes.get("/_not-found") ?? [],
    development,
    formOrigins: oauthOrigins,
    upgradeInsecureRequests: !development && env.SITE_URL.startsWith("https:"),
  });

  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);

  const hinted = request.cookies.has(SIGNED_IN_HINT_COOKIE);
  if (signedIn && !hinted) response.cookies.set(SIGNED_IN_HINT_COOKIE, "1", { sameSite: "lax", path: "/" });
  if (!signedIn && hinted) response.cookies.delete(SIGNED_IN_HINT_COOKIE);
  return response;
}

export const config = {
  // Static files are served as they are: no CSP to attach, no session to check.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|theme-init.js|robots.txt|sitemap.xml).*)"],
};
