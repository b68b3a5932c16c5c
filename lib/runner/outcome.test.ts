import { describe, expect, it } from "vitest";

import { proposedGrade } from "./outcome";

describe("proposedGrade", () => {
  it("is Again for a failed submission, Good for a first clean pass, Hard for a pass after a failure or with help", () => {
    expect(proposedGrade({ passed: false, failedBefore: 0, helped: false })).toBe("AGAIN");
    expect(proposedGrade({ passed: false, failedBefore: 3, helped: true })).toBe("AGAIN");
    expect(proposedGrade({ passed: true, failedBefore: 0, helped: false })).toBe("GOOD");
    expect(proposedGrade({ passed: true, failedBefore: 1, helped: false })).toBe("HARD");
    expect(proposedGrade({ passed: true, failedBefore: 0, helped: true })).toBe("HARD");
  });
});
