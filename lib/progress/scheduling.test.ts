import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  applyGrade,
  GRADES,
  isDue,
  newReviewCard,
  recallProbability,
  replayGrades,
  type GradeName,
  type ReviewCard,
} from "./scheduling";

const T0 = new Date("2026-03-01T09:00:00Z");
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;
const after = (ms: number, from = T0) => new Date(from.getTime() + ms);

const grade = fc.constantFrom(...GRADES);
/** Attempts within a year of T0, to the minute, in any order. */
const attempt = fc.record({
  grade,
  at: fc.integer({ min: 0, max: 365 * 24 * 60 }).map((minutes) => after(minutes * MINUTE)),
});
const history = fc.array(attempt, { minLength: 1, maxLength: 12 });

const numericFields = (card: ReviewCard) =>
  [card.stability, card.difficulty, card.elapsedDays, card.scheduledDays, card.due.getTime()].concat(
    card.lastReview ? [card.lastReview.getTime()] : [],
  );

describe("a new card", () => {
  it("is due at once, has no history and no recall", () => {
    const card = newReviewCard(T0);
    expect(card).toMatchObject({ due: T0, reps: 0, lapses: 0, state: 0, lastReview: null });
    expect(isDue(card, T0)).toBe(true);
    expect(isDue(null, T0)).toBe(true);
    expect(recallProbability(card, T0)).toBe(0);
    expect(recallProbability(null, T0)).toBe(0);
  });

  it("graded from null is the same as graded from an empty card at the same time", () => {
    expect(applyGrade(null, "GOOD", T0)).toEqual(applyGrade(newReviewCard(T0), "GOOD", T0));
  });

  it("is due later after GOOD than after AGAIN, and later after EASY than after GOOD", () => {
    const due = (g: GradeName) => applyGrade(null, g, T0).due.getTime();
    expect(due("GOOD")).toBeGreaterThan(due("AGAIN"));
    expect(due("EASY")).toBeGreaterThan(due("GOOD"));
  });

  it("is recalled with probability 1 right after GOOD (t = 0 in the forgetting curve)", () => {
    // R(0, S) = (1 + factor · 0 / S)^decay = 1 for any stability.
    const card = applyGrade(null, "GOOD", T0);
    expect(card.lastReview).toEqual(T0);
    expect(recallProbability(card, T0)).toBeCloseTo(1, 12);
    expect(isDue(card, T0)).toBe(false);
  });
});

describe("repeated GOOD grades", () => {
  it("give a growing interval once the card leaves its learning steps", () => {
    let card: ReviewCard | null = null;
    let at = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 6; i++) {
      card = applyGrade(card, "GOOD", at);
      intervals.push(card.due.getTime() - at.getTime());
      at = card.due;
    }
    // Default learning step for GOOD on a new card is 10 minutes, then FSRS takes over in days.
    expect(intervals[0]).toBe(10 * MINUTE);
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(100 * DAY);
  });
});

describe("replayGrades", () => {
  it("is null for no grades", () => {
    expect(replayGrades([])).toBeNull();
  });

  it("equals grading one after another in time order", () => {
    fc.assert(
      fc.property(history, (grades) => {
        const sorted = [...grades].sort((x, y) => x.at.getTime() - y.at.getTime());
        let card: ReviewCard | null = null;
        for (const g of sorted) card = applyGrade(card, g.grade, g.at);
        expect(replayGrades(grades)).toEqual(card);
      }),
    );
  });

  it("does not depend on the order the attempts arrive in", () => {
    const distinctTimes = fc.uniqueArray(attempt, {
      minLength: 1,
      maxLength: 10,
      selector: (a) => a.at.getTime(),
    });
    fc.assert(
      fc.property(
        distinctTimes.chain((grades) =>
          fc.tuple(fc.constant(grades), fc.shuffledSubarray(grades, { minLength: grades.length })),
        ),
        ([grades, shuffled]) => {
          expect(replayGrades(shuffled)).toEqual(replayGrades(grades));
        },
      ),
    );
  });

  it("keeps the input order of grades given at the same instant", () => {
    const again = replayGrades([
      { grade: "EASY", at: T0 },
      { grade: "AGAIN", at: T0 },
    ]);
    const easy = replayGrades([
      { grade: "AGAIN", at: T0 },
      { grade: "EASY", at: T0 },
    ]);
    expect(again).toEqual(applyGrade(applyGrade(null, "EASY", T0), "AGAIN", T0));
    expect(easy).toEqual(applyGrade(applyGrade(null, "AGAIN", T0), "EASY", T0));
  });
});

describe("clock skew", () => {
  it("clamps a grade given before the last review to the last review, without NaN", () => {
    const reviewed = applyGrade(applyGrade(null, "GOOD", T0), "GOOD", after(3 * DAY));
    const skewed = applyGrade(reviewed, "GOOD", after(1 * DAY));
    expect(skewed).toEqual(applyGrade(reviewed, "GOOD", reviewed.lastReview!));
    expect(numericFields(skewed).every(Number.isFinite)).toBe(true);
    expect(recallProbability(skewed, after(1 * DAY))).toBe(1);
  });

  it("never produces NaN for any grades applied in arrival order, however skewed", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: -30, max: 400 }), (grades, nowDays) => {
        let card: ReviewCard | null = null;
        for (const g of grades) card = applyGrade(card, g.grade, g.at);
        expect(numericFields(card!).every(Number.isFinite)).toBe(true);
        const recall = recallProbability(card, after(nowDays * DAY));
        expect(recall).toBeGreaterThanOrEqual(0);
        expect(recall).toBeLessThanOrEqual(1);
      }),
    );
  });

  it("throws on an invalid date rather than storing NaN", () => {
    expect(() => applyGrade(null, "GOOD", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("recallProbability", () => {
  it("is in [0, 1] and does not increase as time passes", () => {
    // Whole minutes up to ten years: fc.double would crowd towards 0.
    const minutes = fc.integer({ min: 0, max: 3650 * 24 * 60 });
    const offsets = fc.tuple(minutes, minutes);
    fc.assert(
      fc.property(history, offsets, (grades, [a, b]) => {
        const card = replayGrades(grades)!;
        const [early, late] = a <= b ? [a, b] : [b, a];
        const rEarly = recallProbability(card, after(early * MINUTE, card.lastReview!));
        const rLate = recallProbability(card, after(late * MINUTE, card.lastReview!));
        for (const r of [rEarly, rLate]) {
          expect(r).toBeGreaterThanOrEqual(0);
          expect(r).toBeLessThanOrEqual(1);
        }
        expect(rLate).toBeLessThanOrEqual(rEarly);
      }),
    );
  });

  it("is 1 at the last review whatever the grade, and falls below 0.9 well after a failed attempt", () => {
    const failed = applyGrade(null, "AGAIN", T0);
    expect(recallProbability(failed, T0)).toBe(1);
    // Stability after AGAIN on a new card is w0 ≈ 0.21 days, so recall is far below 90% a day on.
    expect(recallProbability(failed, after(DAY))).toBeLessThan(0.9);
  });

  it("reads about 90% once a review card reaches its due date (the default requested retention)", () => {
    const card = replayGrades([
      { grade: "GOOD", at: T0 },
      { grade: "GOOD", at: after(10 * MINUTE) },
      { grade: "GOOD", at: after(3 * DAY) },
    ])!;
    // Due dates are rounded to whole days, so retention at due is close to, not exactly, 0.9.
    expect(recallProbability(card, card.due)).toBeCloseTo(0.9, 1);
  });
});
