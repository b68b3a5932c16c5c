import { describe, expect, it } from "vitest";

import { gradeForShare, overallScore, questionPoints, scoresBySkill, share } from "./scoring";

const rubric = [
  { criterion: "States the unit of randomisation", points: 2 },
  { criterion: "Names a guardrail metric and why", points: 1 },
  { criterion: "Sizes the test from a minimum effect", points: 3 },
];

describe("mock scoring", () => {
  it("scores a rubric by the points of the ticked criteria, ignoring unknown and repeated ones", () => {
    expect(questionPoints({ rubric, metCriteria: [0, 2], outcome: null, checked: false })).toEqual({
      earned: 5,
      possible: 6,
    });
    expect(questionPoints({ rubric, metCriteria: [1, 1, 7, -1], outcome: null, checked: false })).toEqual({
      earned: 1,
      possible: 6,
    });
  });

  it("scores SQL and coding by the check alone: a pass is full marks, no submission nothing", () => {
    expect(questionPoints({ rubric: null, metCriteria: [0], outcome: "PASSED", checked: true })).toEqual({
      earned: 1,
      possible: 1,
    });
    expect(questionPoints({ rubric: null, metCriteria: [], outcome: "FAILED", checked: true })).toEqual({
      earned: 0,
      possible: 1,
    });
    expect(questionPoints({ rubric: null, metCriteria: [], outcome: null, checked: true })).toEqual({
      earned: 0,
      possible: 1,
    });
  });

  it("turns a share into a grade at 40, 70 and 90 %", () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 0.89, 0.9, 1].map(gradeForShare)).toEqual([
      "AGAIN",
      "AGAIN",
      "HARD",
      "HARD",
      "GOOD",
      "GOOD",
      "EASY",
      "EASY",
    ]);
    expect(share({ earned: 5, possible: 6 })).toBeCloseTo(0.833, 3);
    expect(share({ earned: 0, possible: 0 })).toBe(0);
  });

  it("averages per skill, weakest first, and overall over the questions", () => {
    const bySkill = scoresBySkill([
      { score: 1, skills: ["sql"] },
      { score: 0.5, skills: ["statistics", "a-b-testing"] },
      { score: 0, skills: ["a-b-testing"] },
    ]);
    expect(bySkill).toEqual([
      { skillSlug: "a-b-testing", score: 0.25, questions: 2 },
      { skillSlug: "statistics", score: 0.5, questions: 1 },
      { skillSlug: "sql", score: 1, questions: 1 },
    ]);
    expect(overallScore([1, 0.5, 0])).toBe(0.5);
    expect(overallScore([])).toBe(0);
  });
});
