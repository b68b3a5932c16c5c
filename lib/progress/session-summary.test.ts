import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { sessionSummary, type SessionCounts } from "./session-summary";

const counts = (due: number, newPlanned: number, newLeft = 10): SessionCounts => ({
  due,
  newPlanned,
  newLeft,
  dailyNewLimit: 10,
});
const reviews = (n: number) => Array.from({ length: n }, () => ({ kind: "review" as const }));
const news = (n: number) => Array.from({ length: n }, () => ({ kind: "new" as const }));

describe("sessionSummary", () => {
  it("reviews, then new questions", () => {
    expect(sessionSummary(counts(5, 3, 7), [], "SQL")).toBe(
      "5 reviews due, then 3 new questions (7 of your 10 a day left), picked for SQL.",
    );
  });

  it("says there are no reviews rather than counting zero", () => {
    expect(sessionSummary(counts(0, 10), [], "Machine Learning")).toBe(
      "No reviews due; 10 new questions (10 of your 10 a day left), picked for Machine Learning.",
    );
  });

  it("one of each, in the singular", () => {
    expect(sessionSummary(counts(1, 1, 1), [], null)).toBe(
      "1 review due, then 1 new question (1 of your 10 a day left).",
    );
  });

  it("reviews only: no new questions, and nothing about what they were picked for", () => {
    expect(sessionSummary(counts(4, 0, 0), [], "SQL")).toBe(
      "4 reviews due; no new questions (0 of your 10 a day left).",
    );
  });

  it("counts down as questions are graded, reviews first", () => {
    expect(sessionSummary(counts(2, 3, 7), reviews(1), null)).toBe(
      "1 review due, then 3 new questions (7 of your 10 a day left).",
    );
    expect(sessionSummary(counts(2, 3, 7), [...reviews(2), ...news(1)], null)).toBe(
      "No reviews due; 2 new questions (6 of your 10 a day left).",
    );
    expect(sessionSummary(counts(2, 3, 7), [...reviews(2), ...news(3)], "SQL")).toBe(
      "No reviews due; no new questions (4 of your 10 a day left).",
    );
  });

  it("never counts below zero, and always ends in one sentence", () => {
    fc.assert(
      fc.property(
        fc.nat(20),
        fc.nat(20),
        fc.nat(20),
        fc.array(fc.constantFrom("review" as const, "new" as const), { maxLength: 50 }),
        (due, newPlanned, newLeft, kinds) => {
          const text = sessionSummary(
            counts(due, newPlanned, newLeft),
            kinds.map((kind) => ({ kind })),
            null,
          );
          expect(text).not.toMatch(/-\d/);
          expect(text).not.toMatch(/^0 /);
          expect(text.match(/\./g)).toHaveLength(1);
          expect(text.endsWith(".")).toBe(true);
        },
      ),
    );
  });
});
