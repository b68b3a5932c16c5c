// A cookie that says only "someone is signed in here" (no secret in it, readable by scripts). The
// session cookie is httpOnly, so prerendered pages cannot see it; proxy.ts keeps this hint in step
// with it, and the browser uses the hint to choose the header's links. (Question pages ask the
// server about progress whether or not it is set: right after a sign-in redirect it is not set
// yet.) It never grants anything: every personal page and route checks the real session.

export const SIGNED_IN_HINT_COOKIE = "signed_in";

/** Whether a Cookie header (or document.cookie) carries the hint. */
export function hasSignedInHint(cookies: string): boolean {
  return cookies.split(";").some((cookie) => cookie.trim().startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}

/** The Auth.js session cookie: plain over http, with the __Secure- prefix over https. */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/**
 * What a response should do to the hint, given the names of the cookies its request carried:
 * set it when a session has none, delete it when it outlived its session, else nothing.
 */
export function signedInHintUpdate(cookieNames: ReadonlySet<string>): "set" | "delete" | null {
  const signedIn = SESSION_COOKIES.some((name) => cookieNames.has(name));
  const hinted = cookieNames.has(SIGNED_IN_HINT_COOKIE);
  if (signedIn && !hinted) return "set";
  if (!signedIn && hinted) return "delete";
  return null;
}

/** The names in a Cookie header ("a=1; b=2" → a, b). */
export function cookieNames(header: string | undefined): Set<string> {
  const names = new Set<string>();
  for (const pair of (header ?? "").split(";")) {
    const name = pair.split("=", 1)[0]!.trim();
    if (name) names.add(name);
  }
  return names;
}

/** The Set-Cookie header that carries out an update (as proxy.ts's NextResponse.cookies writes it). */
export function signedInHintSetCookie(update: "set" | "delete"): string {
  return update === "set"
    ? `${SIGNED_IN_HINT_COOKIE}=1; Path=/; SameSite=lax`
    : `${SIGNED_IN_HINT_COOKIE}=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
