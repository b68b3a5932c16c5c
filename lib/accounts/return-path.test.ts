import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeReturnPath, signInPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(safeReturnPath("/questions/sql-window?x=1#answer")).toBe("/questions/sql-window?x=1#answer");
    expect(safeReturnPath("/account")).toBe("/account");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "account",
    "",
    "/sign-in?next=/account",
  ])("falls back for %j", (candidate) => {
    expect(safeReturnPath(candidate)).toBe("/dashboard");
  });

  it("falls back for null and undefined", () => {
    expect(safeReturnPath(null)).toBe("/dashboard");
    expect(safeReturnPath(undefined, "/")).toBe("/");
  });

  it("never returns anything a browser would resolve to another host", () => {
    fc.assert(
      fc.property(fc.string(), (candidate) => {
        const result = safeReturnPath(candidate);
        expect(new URL(result, "https://gradient.example").host).toBe("gradient.example");
      }),
    );
  });

  it("builds the sign-in URL with the path encoded", () => {
    expect(signInPath("/questions/a?b=c")).toBe("/sign-in?next=%2Fquestions%2Fa%3Fb%3Dc");
  });
});
