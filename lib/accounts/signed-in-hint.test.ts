import { describe, expect, it } from "vitest";

import { cookieNames, hasSignedInHint, signedInHintSetCookie, signedInHintUpdate } from "./signed-in-hint";

describe("hasSignedInHint", () => {
  it("finds the hint among other cookies, and nothing that merely resembles it", () => {
    expect(hasSignedInHint("theme=dark; signed_in=1")).toBe(true);
    expect(hasSignedInHint("signed_in=1")).toBe(true);
    expect(hasSignedInHint("")).toBe(false);
    expect(hasSignedInHint("not_signed_in=1; theme=dark")).toBe(false);
  });
});

describe("signedInHintUpdate", () => {
  it("sets the hint for a session without one and deletes one that outlived its session", () => {
    expect(signedInHintUpdate(cookieNames("authjs.session-token=abc"))).toBe("set");
    expect(signedInHintUpdate(cookieNames("__Secure-authjs.session-token=abc; theme=dark"))).toBe("set");
    expect(signedInHintUpdate(cookieNames("signed_in=1; theme=dark"))).toBe("delete");
    expect(signedInHintUpdate(cookieNames("authjs.session-token=abc; signed_in=1"))).toBeNull();
    expect(signedInHintUpdate(cookieNames(undefined))).toBeNull();
    expect(signedInHintUpdate(cookieNames("not_signed_in=1"))).toBeNull();
  });

  it("writes the Set-Cookie header for each update", () => {
    expect(signedInHintSetCookie("set")).toBe("signed_in=1; Path=/; SameSite=lax");
    expect(signedInHintSetCookie("delete")).toMatch(/^signed_in=; Path=\/; Expires=Thu, 01 Jan 1970/);
  });
});

describe("cookieNames", () => {
  it("reads the names of a Cookie header, skipping empty parts", () => {
    expect([...cookieNames(" a=1; b=2=3 ;; c")]).toEqual(["a", "b", "c"]);
    expect(cookieNames("").size).toBe(0);
  });
});
