// How long sessions last and how their cookies are marked: pure, so the rules are unit-tested
// apart from Auth.js (lib/auth.ts applies them).

const HOUR = 3600;
/** A session unused for this long ends. */
export const SESSION_IDLE_SECONDS = 7 * 24 * HOUR;
/** While in use, the cookie is renewed at most this often, which makes the idle limit slide. */
export const SESSION_RENEW_SECONDS = 24 * HOUR;
/** A session ends this long after sign-in however busy it is (ASVS 7.3.2). */
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * HOUR;

/** Whether a token signed in at `authTime` (seconds since the epoch) is past its absolute lifetime. */
export function sessionExpired(authTime: number | undefined, nowSeconds: number): boolean {
  return authTime === undefined || nowSeconds - authTime > SESSION_ABSOLUTE_SECONDS;
}

/**
 * Secure (and __Secure- prefixed) session cookies in production over https. Not over plain http:
 * a browser would refuse to store them, and `npm start` on localhost must still work.
 */
export function usesSecureCookies(environment: { NODE_ENV: string; SITE_URL: string }): boolean {
  return environment.NODE_ENV === "production" && environment.SITE_URL.startsWith("https:");
}
