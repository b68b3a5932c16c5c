import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { isCleanText, slug, text } from "./text";

describe("text", () => {
  const name = text({ max: 10, tooLong: "too long" });
  const note = text({ max: 100, tooLong: "too long", multiline: true });

  it.each([
    ["NUL", "a\u0000b"],
    ["escape", "a\u001b[31m"],
    ["bell", "a\u0007"],
    ["delete", "a\u007f"],
    ["line feed", "a\nb"],
    ["right-to-left override", "a\u202eb"],
    ["isolate", "a\u2066b"],
    ["lone surrogate", "a\ud800b"],
  ])("refuses a %s in a single line", (_label, value) => {
    expect(name.safeParse(value).success).toBe(false);
  });

  it("allows line breaks and tabs in multi-line text, and nothing else of the kind", () => {
    expect(note.safeParse("one\r\ntwo\tthree").success).toBe(true);
    expect(note.safeParse("one\u0000two").success).toBe(false);
    expect(note.safeParse("emoji 🎉 and accents é").success).toBe(true);
  });

  it("names the limit when too long", () => {
    expect(name.safeParse("x".repeat(11)).error?.issues[0]?.message).toBe("too long");
  });

  it("accepts any string without control characters (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        const hasControl = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(value);
        expect(isCleanText(value)).toBe(!hasControl);
      }),
    );
  });
});

describe("slug", () => {
  const schema = slug({ max: 50, invalid: "not a slug" });
  it("takes lowercase words joined by hyphens and nothing else", () => {
    expect(schema.parse(" window-functions ")).toBe("window-functions");
    for (const bad of ["", "\u0000", "Window", "a--b", "a/b", "%ff", "a".repeat(51)]) {
      expect(schema.safeParse(bad).success).toBe(false);
    }
  });
});
