import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { safeReturnPath, signInPath } from "./return-path";

const SITE = "https://gradient.example";

/** Where a browser goes when told `Location: <path>` on a page of this site. */
const resolvedHost = (path: string) => new URL(path, `${SITE}/sign-in?next=x`).host;

// The open redirects an attack run found (issue 12), and the tricks they are variations of.
const ATTACKS = [
  "/.//evil.example",
  "/..//evil.example",
  "/%2e%2e//evil.example",
  "/%2E//evil.example",
  "/a/..//evil.example/path",
  "/a/b/../..//evil.example",
  "/./\\evil.example",
  "/\\evil.example",
  "/\\/evil.example",
  "/..\\/evil.example",
  "//evil.example/path",
  "///evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "https://evil.example/",
  "http:evil.example",
  "javascript:alert(1)",
  "\u0000//evil.example",
];

/** Each attack as sent (raw), and as it arrives after the encodings a link or a form adds. */
const variants = (attack: string) => [attack, encodeURI(attack), attack.replace(/\./g, "%2e")];

describe("safeReturnPath", () => {
  it("keeps a path of this site with its query and fragment", () => {
    expect(safeReturnPath("/questions/sql-window?x=1#answer")).toBe("/questions/sql-window?x=1#answer");
    expect(safeReturnPath("/account")).toBe("/account");
    expect(safeReturnPath("/a/../account")).toBe("/account");
    expect(safeReturnPath("/questions/%2F%2Fevil.example")).toBe("/questions/%2F%2Fevil.example");
  });

  it.each(ATTACKS.flatMap(variants))("never sends a browser elsewhere for %j", (attack) => {
    const result = safeReturnPath(attack);
    expect(resolvedHost(result)).toBe("gradient.example");
    expect(result).toMatch(/^\/(?![/\\])/);
  });

  it.each(["account", "", "/sign-in?next=/account", "/sign-up", "/./sign-in"])(
    "falls back for %j",
    (candidate) => {
      expect(safeReturnPath(candidate)).toBe("/dashboard");
    },
  );

  it("falls back for null and undefined", () => {
    expect(safeReturnPath(null)).toBe("/dashboard");
    expect(safeReturnPath(undefined, "/")).toBe("/");
  });

  // Strings built from the pieces of every known trick, not just random text, which rarely forms one.
  const piece = fc.constantFrom(
    "/",
    "//",
    "\\",
    ".",
    "..",
    "%2e",
    "%2E",
    "%2f",
    "%5c",
    "evil.example",
    "a",
    "\t",
    "@",
    ":",
    "?",
    "#",
  );
  const tricky = fc.array(piece, { maxLength: 8 }).map((parts) => `/${parts.join("")}`);

  it("returns a path of this site for any string, normalised so nothing reads it as another host", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), tricky), (candidate) => {
        const result = safeReturnPath(candidate);
        expect(resolvedHost(result)).toBe("gradient.example");
        expect(result).toMatch(/^\/(?![/\\])/);
        // Idempotent: what it returns is already normalised.
        expect(safeReturnPath(result)).toBe(result);
      }),
      { numRuns: 5_000 },
    );
  });

  it("builds the sign-in URL with the path encoded", () => {
    expect(signInPath("/questions/a?b=c")).toBe("/sign-in?next=%2Fquestions%2Fa%3Fb%3Dc");
    expect(signInPath("/.//evil.example")).toBe("/sign-in?next=%2Fdashboard");
  });
});
