import { describe, expect, it } from "vitest";

import { SESSION_ABSOLUTE_SECONDS, sessionExpired, usesSecureCookies } from "./session-policy";

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
