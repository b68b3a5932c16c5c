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
