import { describe, expect, it } from "vitest";

import { comparePath, pairSlug, parsePairSlug } from "./pairs";

describe("comparison slugs", () => {
  it("puts the two roles in alphabetical order", () => {
    expect(pairSlug("machine-learning-engineer", "data-scientist")).toBe(
      "data-scientist-vs-machine-learning-engineer",
    );
    expect(comparePath("data-scientist", "ai-engineer")).toBe("/compare/ai-engineer-vs-data-scientist");
  });

  it("parses canonical, reversed, same-role and malformed slugs", () => {
    expect(parsePairSlug("data-scientist-vs-machine-learning-engineer")).toEqual({
      kind: "pair",
      a: "data-scientist",
      b: "machine-learning-engineer",
      canonical: "data-scientist-vs-machine-learning-engineer",
      isCanonical: true,
    });
    expect(parsePairSlug("machine-learning-engineer-vs-data-scientist")).toMatchObject({
      kind: "pair",
      canonical: "data-scientist-vs-machine-learning-engineer",
      isCanonical: false,
    });
    expect(parsePairSlug("data-scientist-vs-data-scientist")).toEqual({
      kind: "same",
      slug: "data-scientist",
    });
    expect(parsePairSlug("data-scientist")).toEqual({ kind: "invalid" });
    expect(parsePairSlug("a-vs-b-vs-c")).toEqual({ kind: "invalid" });
  });
});
