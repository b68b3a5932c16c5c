import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { plainInlineText, splitInlineCode } from "./inline-code";

const text = (value: string) => ({ text: value, code: false });
const code = (value: string) => ({ text: value, code: true });

describe("splitInlineCode", () => {
  it("reads `code` spans in a title", () => {
    expect(splitInlineCode("Why does `model.fit()` return before training ends?")).toEqual([
      text("Why does "),
      code("model.fit()"),
      text(" return before training ends?"),
    ]);
    expect(splitInlineCode("`GROUP BY` or `DISTINCT`")).toEqual([
      code("GROUP BY"),
      text(" or "),
      code("DISTINCT"),
    ]);
  });

  it("leaves a line without backticks as it is", () => {
    expect(splitInlineCode("Median time between funnel steps")).toEqual([
      text("Median time between funnel steps"),
    ]);
    expect(splitInlineCode("")).toEqual([]);
  });

  it("keeps a backtick that is never closed as text", () => {
    expect(splitInlineCode("It's a `typo")).toEqual([text("It's a `typo")]);
    expect(splitInlineCode("``a` b")).toEqual([text("``a` b")]);
  });

  it("closes a span only at a run of as many backticks, so code can hold one", () => {
    expect(splitInlineCode("Use `` a ` b `` here")).toEqual([text("Use "), code("a ` b"), text(" here")]);
    expect(splitInlineCode("`` `x` ``")).toEqual([code("`x`")]);
    expect(splitInlineCode("`a``b`")).toEqual([code("a``b")]);
  });

  it("strips one space off each end only when both ends have one", () => {
    expect(splitInlineCode("` a `")).toEqual([code("a")]);
    expect(splitInlineCode("`  a  `")).toEqual([code(" a ")]);
    expect(splitInlineCode("` a`")).toEqual([code(" a")]);
    expect(splitInlineCode("`   `")).toEqual([code("   ")]);
  });

  it("loses no character but the delimiters of the spans it finds", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", " ", "`", "(", "é") }), (line) => {
        const segments = splitInlineCode(line);
        expect(segments.every((segment) => segment.text.length > 0 || segment.code)).toBe(true);
        if (!segments.some((segment) => segment.code)) expect(plainInlineText(line)).toBe(line);
        expect(plainInlineText(line).length).toBeLessThanOrEqual(line.length);
      }),
    );
  });
});

describe("plainInlineText", () => {
  it("drops the backticks of code spans, for a page title", () => {
    expect(plainInlineText("Why does `model.fit()` return?")).toBe("Why does model.fit() return?");
  });
});
