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

/** Whether a session last seen at `lastSeenAt` has been idle past SESSION_IDLE_SECONDS. */
export function sessionIdle(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > SESSION_IDLE_SECONDS * 1000;
}

/** Whether to record that a session was seen now (at most once per SESSION_RENEW_SECONDS: a write per day, not per request). */
export function sessionNeedsTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() > SESSION_RENEW_SECONDS * 1000;
}

const BROWSERS: [RegExp, string][] = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrome\/|Chromium\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: [RegExp, string][] = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** "Firefox on Linux": enough to recognise a session in a list, without storing a fingerprint. */
export function describeUserAgent(userAgent: string | null | undefined): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (!browser && !system) return "Another client";
  return [browser ?? "A browser", system].filter(Boolean).join(" on ");
}
