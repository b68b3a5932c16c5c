import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Difficulty } from "@/lib/recommendations/model";

import {
  buildPracticeQueue,
  newSlotsLeft,
  type PracticeQueueInput,
  type SkillCandidates,
} from "./practice-queue";

const q = (id: string, difficulty: Difficulty) => ({ id, slug: `slug-${id}`, difficulty });
const due = (questionId: string, day: number) => ({
  questionId,
  slug: `slug-${questionId}`,
  due: new Date(Date.UTC(2026, 2, day)),
});
const EASY_FIRST: Difficulty[] = ["EASY", "MEDIUM", "HARD"];

function input(overrides: Partial<PracticeQueueInput>): PracticeQueueInput {
  return {
    due: [],
    candidatesBySkill: [],
    difficultyFor: () => EASY_FIRST,
    newLimit: 10,
    newDoneToday: 0,
    alreadyPractisedIds: new Set(),
    ...overrides,
  };
}

const picked = (result: ReturnType<typeof buildPracticeQueue>) =>
  result.newQuestions.map((p) => `${p.skillSlug}:${p.questionId}`);

describe("buildPracticeQueue", () => {
  it("puts every due review first, in the given order, with no cap", () => {
    const reviews = Array.from({ length: 300 }, (_, i) => due(`r${i}`, 1 + (i % 28)));
    const result = buildPracticeQueue(input({ due: reviews, newLimit: 1 }));
    expect(result.reviews).toEqual(reviews);
    expect(result.newQuestions).toEqual([]);
  });

  it("deals new questions round-robin: every gap skill gets one before any gets a second", () => {
    const candidatesBySkill: SkillCandidates[] = [
      { skillSlug: "sql", questions: [q("s1", "EASY"), q("s2", "EASY"), q("s3", "EASY")] },
      { skillSlug: "ml", questions: [q("m1", "EASY"), q("m2", "EASY")] },
      { skillSlug: "stats", questions: [q("t1", "EASY")] },
    ];
    const result = buildPracticeQueue(input({ candidatesBySkill, newLimit: 5 }));
    expect(picked(result)).toEqual(["sql:s1", "ml:m1", "stats:t1", "sql:s2", "ml:m2"]);
  });

  it("picks each skill's questions by that skill's own difficulty preference", () => {
    const candidatesBySkill: SkillCandidates[] = [
      { skillSlug: "sql", questions: [q("e", "EASY"), q("m", "MEDIUM"), q("h", "HARD")] },
      { skillSlug: "ml", questions: [q("E", "EASY"), q("M", "MEDIUM"), q("H", "HARD")] },
    ];
    const difficultyFor = (skill: string): Difficulty[] =>
      skill === "sql" ? ["HARD", "MEDIUM", "EASY"] : ["MEDIUM", "EASY", "HARD"];
    const result = buildPracticeQueue(input({ candidatesBySkill, difficultyFor, newLimit: 6 }));
    expect(picked(result)).toEqual(["sql:h", "ml:M", "sql:m", "ml:E", "sql:e", "ml:H"]);
  });

  it("never offers a difficulty the skill's preference leaves out", () => {
    const candidatesBySkill = [{ skillSlug: "sql", questions: [q("e", "EASY"), q("h", "HARD")] }];
    const result = buildPracticeQueue(input({ candidatesBySkill, difficultyFor: () => ["HARD"] }));
    expect(picked(result)).toEqual(["sql:h"]);
  });

  it("offers a question tagged with two gap skills once, and the second skill moves on", () => {
    const candidatesBySkill: SkillCandidates[] = [
      { skillSlug: "sql", questions: [q("shared", "EASY"), q("s2", "EASY")] },
      { skillSlug: "ml", questions: [q("shared", "EASY"), q("m2", "EASY")] },
    ];
    const result = buildPracticeQueue(input({ candidatesBySkill, newLimit: 3 }));
    expect(picked(result)).toEqual(["sql:shared", "ml:m2", "sql:s2"]);
  });

  it("counts today's new questions against the daily limit", () => {
    const candidatesBySkill = [
      { skillSlug: "sql", questions: ["a", "b", "c", "d", "e"].map((id) => q(id, "EASY")) },
    ];
    expect(
      buildPracticeQueue(input({ candidatesBySkill, newLimit: 4, newDoneToday: 1 })).newQuestions,
    ).toHaveLength(3);
    expect(
      buildPracticeQueue(input({ candidatesBySkill, newLimit: 4, newDoneToday: 4 })).newQuestions,
    ).toEqual([]);
    expect(
      buildPracticeQueue(input({ candidatesBySkill, newLimit: 4, newDoneToday: 9 })).newQuestions,
    ).toEqual([]);
  });

  it("skips questions already practised or due, and skills with nothing left", () => {
    const candidatesBySkill: SkillCandidates[] = [
      { skillSlug: "empty", questions: [] },
      { skillSlug: "sql", questions: [q("done", "EASY"), q("due", "EASY"), q("fresh", "EASY")] },
    ];
    const result = buildPracticeQueue(
      input({ candidatesBySkill, due: [due("due", 1)], alreadyPractisedIds: new Set(["done"]) }),
    );
    expect(result.reviews.map((r) => r.questionId)).toEqual(["due"]);
    expect(picked(result)).toEqual(["sql:fresh"]);
  });

  it("returns fewer new questions than the limit when the skills run out", () => {
    const candidatesBySkill = [{ skillSlug: "sql", questions: [q("a", "EASY")] }];
    expect(picked(buildPracticeQueue(input({ candidatesBySkill, newLimit: 10 })))).toEqual(["sql:a"]);
    expect(buildPracticeQueue(input({ newLimit: 10 })).newQuestions).toEqual([]);
  });

  it("keeps the extra fields of the due reviews it is given", () => {
    const reviews = [{ ...due("r1", 1), title: "Joins" }];
    expect(buildPracticeQueue({ ...input({}), due: reviews }).reviews[0]?.title).toBe("Joins");
  });

  it("never exceeds the slots left, never repeats a question, never offers a practised one", () => {
    const difficulty = fc.constantFrom<Difficulty>("EASY", "MEDIUM", "HARD");
    const skill = fc.record({
      skillSlug: fc.string({ minLength: 1, maxLength: 3 }),
      questions: fc.array(
        fc.record({ id: fc.integer({ min: 0, max: 30 }).map(String), difficulty }).map((c) => ({
          ...c,
          slug: `slug-${c.id}`,
        })),
        { maxLength: 12 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(skill, { maxLength: 6 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 25 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 30 }).map(String), { maxLength: 10 }),
        (candidatesBySkill, newLimit, newDoneToday, practised) => {
          const result = buildPracticeQueue(
            input({ candidatesBySkill, newLimit, newDoneToday, alreadyPractisedIds: new Set(practised) }),
          );
          const ids = result.newQuestions.map((p) => p.questionId);
          expect(ids.length).toBeLessThanOrEqual(newSlotsLeft(newLimit, newDoneToday));
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(practised).not.toContain(id);
          // Fewer than the slots only when no skill had anything else to offer.
          const offered = new Set(candidatesBySkill.flatMap((s) => s.questions.map((c) => c.id)));
          for (const id of practised) offered.delete(id);
          expect(ids.length).toBe(Math.min(offered.size, newSlotsLeft(newLimit, newDoneToday)));
        },
      ),
    );
  });
});

describe("newSlotsLeft", () => {
  it("is the limit less today's new questions, never below zero", () => {
    expect(newSlotsLeft(10, 3)).toBe(7);
    expect(newSlotsLeft(10, 12)).toBe(0);
    expect(newSlotsLeft(0, 0)).toBe(0);
    expect(newSlotsLeft(Number.NaN, 0)).toBe(0);
  });
});
