import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  formatById,
  KIND_WEIGHT,
  MOCK_LENGTHS,
  roundSlots,
  splitTime,
  type QuestionKindName,
} from "./formats";

describe("mock formats", () => {
  it("takes an MLE loop's rounds in turn: 4 questions in 30 minutes, 8 in 60", () => {
    const loop = formatById("loop-mle")!;
    expect(roundSlots(loop, 30).map((round) => round.label)).toEqual([
      "Coding",
      "ML system design",
      "ML concepts",
      "Behavioral",
    ]);
    expect(roundSlots(loop, 60)).toHaveLength(8);
    expect(roundSlots(formatById("sql-screen")!, 45).map((round) => round.label)).toEqual([
      "SQL",
      "SQL",
      "SQL",
      "SQL",
    ]);
  });

  it("splits 30 minutes by kind: a design question gets twice a behavioral one's time", () => {
    // Weights 1.5 + 2 + 0.75 + 1 = 5.25 of 1,800 s: 514.3 → 510, 685.7 → 680, 257.1 → 250, rest 360.
    expect(splitTime(30, ["coding", "system-design", "concept", "behavioral"])).toEqual([510, 680, 250, 360]);
  });

  it("always adds up to the mock's length, in whole tens of seconds but the last", () => {
    const kinds = Object.keys(KIND_WEIGHT) as QuestionKindName[];
    fc.assert(
      fc.property(
        fc.constantFrom(...MOCK_LENGTHS),
        fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 8 }),
        (length, chosen) => {
          const seconds = splitTime(length, chosen);
          expect(seconds.reduce((a, b) => a + b, 0)).toBe(length * 60);
          for (const share of seconds.slice(0, -1)) expect(share % 10).toBe(0);
          for (const share of seconds) expect(share).toBeGreaterThan(0);
        },
      ),
    );
  });
});
