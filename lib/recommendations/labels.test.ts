import { describe, expect, it } from "vitest";

import { masterySourceLabel } from "./labels";

describe("masterySourceLabel", () => {
  it("says how many practised questions the runner checked", () => {
    expect(masterySourceLabel({ kind: "attempts", questions: 3, checked: 0 })).toBe(
      "3 questions practised, self-graded",
    );
    expect(masterySourceLabel({ kind: "attempts", questions: 3, checked: 1 })).toBe(
      "3 questions practised, 1 checked by the runner",
    );
    expect(masterySourceLabel({ kind: "attempts", questions: 3, checked: 3 })).toBe(
      "3 questions practised, all checked by the runner",
    );
    expect(masterySourceLabel({ kind: "attempts", questions: 1, checked: 1 })).toBe(
      "1 question practised, checked by the runner",
    );
  });

  it("names a self-rating, or nothing", () => {
    expect(masterySourceLabel({ kind: "self-rating", rating: 2 })).toBe("self-rated 2/5");
    expect(masterySourceLabel({ kind: "none" })).toBe("not practised or rated");
  });
});
