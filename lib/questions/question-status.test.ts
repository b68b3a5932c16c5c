import { describe, expect, it } from "vitest";

import { GRADES } from "@/lib/progress/grades";

import { questionStatus, readQuestionStatuses, STATUS_LABELS, statusDescription } from "./question-status";

describe("questionStatus", () => {
  it("calls a question solved unless its latest grade is Again", () => {
    expect(GRADES.map((grade) => [grade, questionStatus(grade)])).toEqual([
      ["AGAIN", "attempted"],
      ["HARD", "solved"],
      ["GOOD", "solved"],
      ["EASY", "solved"],
    ]);
    expect(STATUS_LABELS).toEqual({ solved: "Solved", attempted: "Attempted" });
  });

  it("describes the grade behind a mark in words", () => {
    expect(statusDescription({ lastGrade: "HARD" })).toBe("last graded Hard");
  });
});

describe("readQuestionStatuses", () => {
  it("reads the route's answer by slug", () => {
    const statuses = readQuestionStatuses({
      questions: [
        { slug: "a", lastGrade: "GOOD", due: false },
        { slug: "b", lastGrade: "AGAIN", due: true },
      ],
    });
    expect([...statuses.keys()]).toEqual(["a", "b"]);
    expect(statuses.get("b")).toEqual({ slug: "b", lastGrade: "AGAIN", due: true });
  });

  it("skips what is malformed and never throws", () => {
    for (const body of [null, undefined, 3, "x", [], {}, { questions: "x" }, { error: "Sign in first." }]) {
      expect(readQuestionStatuses(body).size).toBe(0);
    }
    const statuses = readQuestionStatuses({
      questions: [
        null,
        "a",
        { slug: 1, lastGrade: "GOOD", due: false },
        { slug: "bad-grade", lastGrade: "PERFECT", due: false },
        { slug: "bad-due", lastGrade: "GOOD", due: "yes" },
        { slug: "ok", lastGrade: "EASY", due: false, extra: "ignored" },
      ],
    });
    expect([...statuses.values()]).toEqual([{ slug: "ok", lastGrade: "EASY", due: false }]);
  });
});
