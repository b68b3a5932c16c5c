import { describe, expect, it } from "vitest";

import {
  describeUserAgent,
  SESSION_ABSOLUTE_SECONDS,
  sessionExpired,
  sessionIdle,
  sessionNeedsTouch,
  usesSecureCookies,
} from "./session-policy";

describe("sessionExpired", () => {
  const signIn = 1_800_000_000;

  it("keeps a session alive up to its absolute lifetime, however busy, and ends it after", () => {
    expect(sessionExpired(signIn, signIn + SESSION_ABSOLUTE_SECONDS)).toBe(false);
    expect(sessionExpired(signIn, signIn + SESSION_ABSOLUTE_SECONDS + 1)).toBe(true);
  });

  it("ends a token without a sign-in time (issued before the rule existed, or forged without one)", () => {
    expect(sessionExpired(undefined, signIn)).toBe(true);
  });
});

describe("usesSecureCookies", () => {
  it("marks cookies Secure in production over https only", () => {
    expect(usesSecureCookies({ NODE_ENV: "production", SITE_URL: "https://prep.example" })).toBe(true);
    expect(usesSecureCookies({ NODE_ENV: "production", SITE_URL: "http://localhost:3000" })).toBe(false);
    expect(usesSecureCookies({ NODE_ENV: "development", SITE_URL: "https://prep.example" })).toBe(false);
  });
});

describe("sessionIdle and sessionNeedsTouch", () => {
  const seen = new Date("2026-11-28T10:00:00Z");
  const after = (hours: number) => new Date(seen.getTime() + hours * 3_600_000);
  it("ends a session unused for more than 7 days", () => {
    expect(sessionIdle(seen, after(7 * 24))).toBe(false);
    expect(sessionIdle(seen, after(7 * 24 + 1))).toBe(true);
  });
  it("records use at most once a day", () => {
    expect(sessionNeedsTouch(seen, after(23))).toBe(false);
    expect(sessionNeedsTouch(seen, after(25))).toBe(true);
  });
});

describe("describeUserAgent", () => {
  it.each([
    [
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Safari/537.36",
      "Chrome on Linux",
    ],
    [
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/140.0 Safari/537.36 Edg/140.0",
      "Edge on Windows",
    ],
    [
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1",
      "Safari on iOS",
    ],
    [
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:140.0) Gecko/20100101 Firefox/140.0",
      "Firefox on macOS",
    ],
    ["curl/8.5.0", "Another client"],
  ])("%s is %s", (userAgent, described) => {
    expect(describeUserAgent(userAgent)).toBe(described);
  });
  it("is null without a user agent", () => {
    expect(describeUserAgent(null)).toBeNull();
  });
});
