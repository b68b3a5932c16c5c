import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  applyGrade,
  GRADES,
  recallProbability,
  replayGrades,
  type GradeName,
} from "@/lib/progress/scheduling";

import {
  computeMastery,
  computePlan,
  difficultyPreference,
  masteryFromAttempts,
  CHECKED_WEIGHT,
  orderGaps,
  recencyWeight,
  roleTransitionSkills,
  selfRatingToMastery,
  targetDifficultyFor,
  type Difficulty,
  type PractisedQuestion,
  type SelfRating,
  type SkillDemandInput,
  type SkillMastery,
} from "./model";

const NOW = new Date("2026-06-01T12:00:00Z");
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);

const question = (
  questionId: string,
  difficulty: Difficulty,
  recall: number,
  ageDays: number,
  skillSlugs = ["sql"],
  lastGrade: GradeName = "GOOD",
): PractisedQuestion => ({
  questionId,
  difficulty,
  skillSlugs,
  recall,
  lastAttemptAt: daysAgo(ageDays),
  lastGrade,
});

const demand = (
  skillSlug: string,
  share: number,
  medianSalaryUsd: number | null = null,
  skillName = skillSlug.toUpperCase(),
): SkillDemandInput => ({ skillSlug, skillName, demand: share, medianSalaryUsd });

const known = (entries: [string, number][]): Map<string, SkillMastery> =>
  new Map(
    entries.map(([slug, mastery]) => [
      slug,
      { mastery, source: { kind: "attempts", questions: 1, checked: 0 } },
    ]),
  );

describe("mastery on hand-computed cases", () => {
  it("maps a self-rating of 1..5 onto 0..1", () => {
    expect([1, 2, 3, 4, 5].map((r) => selfRatingToMastery(r as SelfRating))).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("halves an attempt's weight every 30 days, down to a floor of 0.05", () => {
    expect(recencyWeight(NOW, NOW)).toBe(1);
    expect(recencyWeight(daysAgo(30), NOW)).toBeCloseTo(0.5, 12);
    expect(recencyWeight(daysAgo(60), NOW)).toBeCloseTo(0.25, 12);
    // 0.5^(150/30) = 1/32 ≈ 0.031 < 0.05, so the floor applies.
    expect(recencyWeight(daysAgo(150), NOW)).toBe(0.05);
    // An attempt dated after now (clock skew) weighs the same as one made now, never more.
    expect(recencyWeight(daysAgo(-3), NOW)).toBe(1);
  });

  it("weights recall by difficulty × recency, against the prior's weight of 3", () => {
    // prior 0 (no self-rating):      weight 3
    // EASY, today, recall 1:         weight 1 × 1     = 1
    // HARD, 30 days ago, recall 0.4: weight 2 × 0.5   = 1
    // MEDIUM, 60 days ago, recall 0: weight 1.5 × 0.25 = 0.375
    // mastery = (3·0 + 1·1 + 1·0.4 + 0.375·0) / (3 + 1 + 1 + 0.375) = 1.4 / 5.375 ≈ 0.2605
    const questions = [
      question("a", "EASY", 1, 0),
      question("b", "HARD", 0.4, 30),
      question("c", "MEDIUM", 0, 60),
    ];
    expect(masteryFromAttempts(questions, NOW)).toBeCloseTo(1.4 / 5.375, 12);
    // With a self-rating of 3 (0.5) as the prior: (3·0.5 + 1.4) / 5.375 = 2.9 / 5.375 ≈ 0.5395
    expect(masteryFromAttempts(questions, NOW, 0.5)).toBeCloseTo(2.9 / 5.375, 12);
    expect(masteryFromAttempts([], NOW)).toBe(0);
    expect(masteryFromAttempts([], NOW, 0.75)).toBe(0.75);
  });

  it("does not call one fresh success mastery, and approaches 1 with repeated successes", () => {
    // One MEDIUM question just graded Good: (0 + 1.5·1) / (3 + 1.5) = 1/3.
    expect(masteryFromAttempts([question("a", "MEDIUM", 1, 0)], NOW)).toBeCloseTo(1 / 3, 12);
    // Six: 9 / 12 = 0.75.
    const six = ["a", "b", "c", "d", "e", "f"].map((id) => question(id, "MEDIUM", 1, 0));
    expect(masteryFromAttempts(six, NOW)).toBeCloseTo(0.75, 12);
  });

  it("counts a pass the code runner checked more than a self-graded Good", () => {
    // Self-graded MEDIUM Good: 1.5 / 4.5 = 1/3. Checked: weight 1.5 × 1.5 = 2.25, so 2.25 / 5.25 = 3/7.
    const selfGraded = masteryFromAttempts([question("a", "MEDIUM", 1, 0)], NOW);
    const checked = masteryFromAttempts([{ ...question("a", "MEDIUM", 1, 0), lastChecked: true }], NOW);
    expect(checked).toBeCloseTo((1.5 * CHECKED_WEIGHT) / (3 + 1.5 * CHECKED_WEIGHT), 12);
    expect(checked).toBeGreaterThan(selfGraded);
    // A checked failure (graded Again) pulls mastery down further than a self-graded one would.
    const failed = masteryFromAttempts(
      [
        question("b", "EASY", 1, 0),
        { ...question("a", "MEDIUM", 1, 0), lastGrade: "AGAIN" as const, lastChecked: true },
      ],
      NOW,
    );
    const failedSelf = masteryFromAttempts(
      [question("b", "EASY", 1, 0), { ...question("a", "MEDIUM", 1, 0), lastGrade: "AGAIN" as const }],
      NOW,
    );
    expect(failed).toBeLessThan(failedSelf);
  });

  it("uses attempts when there are any, else the self-rating, else 0", () => {
    const mastery = computeMastery({
      skillSlugs: ["sql", "python", "spark"],
      practised: [question("a", "MEDIUM", 0.8, 0, ["sql"])],
      selfRatings: new Map<string, SelfRating>([
        ["sql", 5],
        ["python", 3],
      ]),
      now: NOW,
    });
    // sql has an attempt, weighed against its rating of 5 (1.0): (3·1 + 1.5·0.8) / 4.5 = 4.2 / 4.5.
    expect(mastery.get("sql")).toEqual({
      mastery: expect.closeTo(4.2 / 4.5, 12),
      source: { kind: "attempts", questions: 1, checked: 0 },
    });
    expect(mastery.get("python")).toEqual({ mastery: 0.5, source: { kind: "self-rating", rating: 3 } });
    expect(mastery.get("spark")).toEqual({ mastery: 0, source: { kind: "none" } });
  });

  it("takes a skill the current role implies as known until rated or practised", () => {
    const mastery = computeMastery({
      skillSlugs: ["data-science", "statistics", "sql"],
      // A failed data-science question: the prior of 1 still counts, (3·1 + 1.5·0) / 4.5.
      practised: [{ ...question("a", "MEDIUM", 1, 0, ["data-science"]), lastGrade: "AGAIN" as const }],
      selfRatings: new Map<string, SelfRating>([["sql", 2]]),
      impliedSkills: new Set(["data-science", "statistics", "sql"]),
      now: NOW,
    });
    expect(mastery.get("data-science")).toEqual({
      mastery: expect.closeTo(3 / 4.5, 12),
      source: { kind: "attempts", questions: 1, checked: 0 },
    });
    expect(mastery.get("statistics")).toEqual({ mastery: 1, source: { kind: "current-role" } });
    // The person's own rating wins over what the role implies.
    expect(mastery.get("sql")).toEqual({ mastery: 0.25, source: { kind: "self-rating", rating: 2 } });
  });

  it("counts a question tagged with two skills towards both, and a question passed twice once", () => {
    const mastery = computeMastery({
      skillSlugs: ["sql", "python"],
      practised: [
        question("a", "EASY", 0.2, 10, ["sql", "python"]),
        question("a", "EASY", 1, 0, ["sql", "python"]),
        question("b", "EASY", 0, 0, ["python"]),
      ],
      selfRatings: new Map(),
      now: NOW,
    });
    // sql, by the latest entry of "a" only: (3·0 + 1·1) / (3 + 1) = 0.25
    expect(mastery.get("sql")).toEqual({
      mastery: 0.25,
      source: { kind: "attempts", questions: 1, checked: 0 },
    });
    // python: (3·0 + 1·1 + 1·0) / (3 + 2) = 0.2
    expect(mastery.get("python")).toEqual({
      mastery: expect.closeTo(0.2, 12),
      source: { kind: "attempts", questions: 2, checked: 0 },
    });
  });
});

describe("the plan on hand-computed cases", () => {
  it("computes gaps and readiness", () => {
    // sql:    d 0.5, m 0.8 → g = 0.5 × 0.2 = 0.1
    // python: d 0.6, m 0.5 → g = 0.6 × 0.5 = 0.3
    // spark:  d 0.2, m 0 (missing) → g = 0.2
    // readiness = (0.5·0.8 + 0.6·0.5 + 0.2·0) / (0.5 + 0.6 + 0.2) = 0.7 / 1.3 ≈ 0.5385
    const plan = computePlan({
      demands: [demand("sql", 0.5), demand("python", 0.6), demand("spark", 0.2)],
      roleMedianSalaryUsd: null,
      mastery: known([
        ["sql", 0.8],
        ["python", 0.5],
      ]),
    });
    expect(plan.readiness).toBeCloseTo(0.7 / 1.3, 12);
    expect(plan.gaps.map((g) => [g.skillSlug, g.gap])).toEqual([
      ["python", expect.closeTo(0.3, 12)],
      ["spark", expect.closeTo(0.2, 12)],
      ["sql", expect.closeTo(0.1, 12)],
    ]);
    expect(plan.gaps.find((g) => g.skillSlug === "spark")?.source).toEqual({ kind: "none" });
  });

  it("breaks ties by demand, then by skill name", () => {
    // a: 0.4 × (1 − 0.5) = 0.2; b: 0.2 × (1 − 0) = 0.2; c and d: 0.2 each, names decide.
    const plan = computePlan({
      demands: [
        demand("d", 0.2, null, "Delta"),
        demand("b", 0.2, null, "Bravo"),
        demand("a", 0.4, null, "Alpha"),
        demand("c", 0.2, null, "Charlie"),
      ],
      roleMedianSalaryUsd: null,
      mastery: known([["a", 0.5]]),
    });
    expect(plan.gaps.map((g) => g.skillSlug)).toEqual(["a", "b", "c", "d"]);
  });

  it("leaves out skills with no demand and gives readiness 0 when the role asks for nothing", () => {
    const plan = computePlan({
      demands: [demand("sql", 0), demand("python", 0)],
      roleMedianSalaryUsd: 100_000,
      mastery: known([["sql", 1]]),
    });
    expect(plan).toEqual({ readiness: 0, gaps: [] });
  });

  it("weights the gap by the pay premium and orders by it, skills without pay data last", () => {
    // Role median $100k.
    // sql:    d 0.5, m 0.6 → g 0.2,  ratio 90k/100k = 0.9 → 0.18
    // python: d 0.4, m 0.5 → g 0.2,  ratio 150k/100k = 1.5 → 0.3
    // spark:  d 0.3, m 0   → g 0.3,  no skill median → null
    // kafka:  d 0.1, m 0   → g 0.1,  no skill median → null
    const plan = computePlan({
      demands: [
        demand("sql", 0.5, 90_000),
        demand("python", 0.4, 150_000),
        demand("spark", 0.3),
        demand("kafka", 0.1),
      ],
      roleMedianSalaryUsd: 100_000,
      mastery: known([
        ["sql", 0.6],
        ["python", 0.5],
      ]),
    });
    const python = plan.gaps.find((g) => g.skillSlug === "python")!;
    expect(python.payPremiumRatio).toBeCloseTo(1.5, 12);
    expect(python.payWeightedGap).toBeCloseTo(0.3, 12);
    expect(plan.gaps.find((g) => g.skillSlug === "spark")).toMatchObject({
      payPremiumRatio: null,
      payWeightedGap: null,
    });
    // By gap: spark 0.3; sql and python tie at 0.2, sql first on demand (0.5 > 0.4); kafka 0.1.
    expect(orderGaps(plan.gaps, "demand").map((g) => g.skillSlug)).toEqual([
      "spark",
      "sql",
      "python",
      "kafka",
    ]);
    expect(orderGaps(plan.gaps, "pay").map((g) => g.skillSlug)).toEqual(["python", "sql", "spark", "kafka"]);
  });

  it("has no pay premium without a role median", () => {
    const plan = computePlan({
      demands: [demand("sql", 0.5, 90_000)],
      roleMedianSalaryUsd: null,
      mastery: new Map(),
    });
    expect(plan.gaps[0]).toMatchObject({ payPremiumRatio: null, payWeightedGap: null });
    expect(orderGaps(plan.gaps, "pay").map((g) => g.skillSlug)).toEqual(["sql"]);
  });
});

describe("difficulty targeting", () => {
  it("targets easy below 0.4, medium below 0.7, else hard", () => {
    expect([0, 0.39, 0.4, 0.69, 0.7, 1].map(targetDifficultyFor)).toEqual([
      "EASY",
      "EASY",
      "MEDIUM",
      "MEDIUM",
      "HARD",
      "HARD",
    ]);
    expect(targetDifficultyFor(Number.NaN)).toBe("EASY");
  });

  it("falls back to the nearest difficulty", () => {
    expect(difficultyPreference(0.1)).toEqual(["EASY", "MEDIUM", "HARD"]);
    expect(difficultyPreference(0.5)).toEqual(["MEDIUM", "EASY", "HARD"]);
    expect(difficultyPreference(0.9)).toEqual(["HARD", "MEDIUM", "EASY"]);
  });
});

describe("role transition", () => {
  it("lists the skills the new role asks for more, keeping 'not reported' apart from 0", () => {
    const from = [
      { skillSlug: "sql", skillName: "SQL", demand: 0.46 },
      { skillSlug: "pytorch", skillName: "PyTorch", demand: 0.13 },
      { skillSlug: "tableau", skillName: "Tableau", demand: 0.2 },
    ];
    const to = [
      { skillSlug: "sql", skillName: "SQL", demand: 0.17 },
      { skillSlug: "pytorch", skillName: "PyTorch", demand: 0.42 },
      { skillSlug: "docker", skillName: "Docker", demand: 0.25 },
    ];
    // pytorch: 0.42 − 0.13 = 0.29; docker: 0.25 − 0 = 0.25; sql: 0.17 − 0.46 < 0 (dropped);
    // tableau is not asked for by the new role at all.
    expect(roleTransitionSkills(from, to)).toEqual([
      {
        skillSlug: "pytorch",
        skillName: "PyTorch",
        fromDemand: 0.13,
        toDemand: 0.42,
        difference: expect.closeTo(0.29, 12),
      },
      { skillSlug: "docker", skillName: "Docker", fromDemand: null, toDemand: 0.25, difference: 0.25 },
    ]);
  });
});

// ---- properties ----

const share = fc.double({ min: 0, max: 1, noNaN: true });
const skillSlugs = ["sql", "python", "spark", "docker"] as const;
const demandsArb = fc
  .uniqueArray(
    fc.record({
      skillSlug: fc.constantFrom(...skillSlugs),
      demand: share,
      salary: fc.option(fc.integer({ min: 30_000, max: 300_000 })),
    }),
    { selector: (d) => d.skillSlug, maxLength: skillSlugs.length },
  )
  .map((list) => list.map((d) => demand(d.skillSlug, d.demand, d.salary)));
const masteryArb = fc.array(fc.tuple(fc.constantFrom(...skillSlugs), share)).map((entries) => known(entries));

describe("plan properties", () => {
  it("keeps every gap in [0, d] and readiness in [0, 1]", () => {
    fc.assert(
      fc.property(
        demandsArb,
        masteryArb,
        fc.option(fc.integer({ min: 30_000, max: 300_000 })),
        (demands, mastery, median) => {
          const plan = computePlan({ demands, roleMedianSalaryUsd: median, mastery });
          expect(plan.readiness).toBeGreaterThanOrEqual(0);
          expect(plan.readiness).toBeLessThanOrEqual(1);
          for (const g of plan.gaps) {
            expect(g.gap).toBeGreaterThanOrEqual(0);
            expect(g.gap).toBeLessThanOrEqual(g.demand);
          }
          expect(orderGaps(plan.gaps, "pay")).toHaveLength(plan.gaps.length);
        },
      ),
    );
  });

  it("gives zero gaps and readiness 1 at full mastery, readiness 0 at none", () => {
    fc.assert(
      fc.property(demandsArb, (demands) => {
        const full = computePlan({
          demands,
          roleMedianSalaryUsd: null,
          mastery: known(skillSlugs.map((s) => [s, 1])),
        });
        const none = computePlan({ demands, roleMedianSalaryUsd: null, mastery: new Map() });
        const anyDemand = demands.some((d) => d.demand > 0);
        expect(full.gaps.every((g) => g.gap === 0)).toBe(true);
        expect(full.readiness).toBeCloseTo(anyDemand ? 1 : 0, 12);
        expect(none.readiness).toBe(0);
        expect(none.gaps.map((g) => g.gap)).toEqual(none.gaps.map((g) => g.demand));
      }),
    );
  });

  it("changes only demand, not mastery, when the target role changes", () => {
    fc.assert(
      fc.property(demandsArb, demandsArb, masteryArb, (roleA, roleB, mastery) => {
        const a = computePlan({ demands: roleA, roleMedianSalaryUsd: null, mastery });
        const b = computePlan({ demands: roleB, roleMedianSalaryUsd: null, mastery });
        for (const ga of a.gaps) {
          const gb = b.gaps.find((g) => g.skillSlug === ga.skillSlug);
          if (gb) expect([gb.mastery, gb.source]).toEqual([ga.mastery, ga.source]);
        }
      }),
    );
  });

  it("orders by pay with every skill that has pay data ahead of every skill without", () => {
    fc.assert(
      fc.property(
        demandsArb,
        masteryArb,
        fc.integer({ min: 30_000, max: 300_000 }),
        (demands, mastery, median) => {
          const ordered = orderGaps(
            computePlan({ demands, roleMedianSalaryUsd: median, mastery }).gaps,
            "pay",
          );
          const firstWithout = ordered.findIndex((g) => g.payWeightedGap === null);
          if (firstWithout >= 0)
            expect(ordered.slice(firstWithout).every((g) => g.payWeightedGap === null)).toBe(true);
          for (let i = 1; i < ordered.length; i++) {
            const [prev, cur] = [ordered[i - 1]!, ordered[i]!];
            if (cur.payWeightedGap !== null)
              expect(prev.payWeightedGap!).toBeGreaterThanOrEqual(cur.payWeightedGap);
            else if (prev.payWeightedGap === null) expect(prev.gap).toBeGreaterThanOrEqual(cur.gap);
          }
        },
      ),
    );
  });

  it("only lists transition skills with a positive difference, largest first", () => {
    const roleArb = fc
      .uniqueArray(fc.record({ skillSlug: fc.constantFrom(...skillSlugs), demand: share }), {
        selector: (d) => d.skillSlug,
      })
      .map((list) => list.map((d) => ({ ...d, skillName: d.skillSlug })));
    fc.assert(
      fc.property(roleArb, roleArb, (from, to) => {
        const skills = roleTransitionSkills(from, to);
        for (const s of skills) {
          expect(s.difference).toBeGreaterThan(0);
          expect(s.difference).toBe(s.toDemand - (s.fromDemand ?? 0));
          expect(s.fromDemand === null).toBe(!from.some((f) => f.skillSlug === s.skillSlug));
        }
        for (let i = 1; i < skills.length; i++)
          expect(skills[i - 1]!.difference).toBeGreaterThanOrEqual(skills[i]!.difference);
      }),
    );
  });
});

// The monotonicity property runs the real scheduler: prior attempts are replayed through
// scheduling.ts, the new success is applied with applyGrade at `now`, and recall is
// recallProbability at `now`, exactly as the caller will compute them.

interface QuestionHistory {
  questionId: string;
  difficulty: Difficulty;
  taggedS: boolean;
  /** Days before NOW; negative values model a tab whose clock ran ahead. */
  attempts: { grade: GradeName; daysAgo: number }[];
}

const S = "sql";

const historyArb = fc.uniqueArray(
  fc.record({
    questionId: fc.constantFrom("q1", "q2", "q3", "q4", "q5"),
    difficulty: fc.constantFrom<Difficulty>("EASY", "MEDIUM", "HARD"),
    taggedS: fc.boolean(),
    attempts: fc.array(
      fc.record({
        grade: fc.constantFrom(...GRADES),
        // Whole minutes: fc.double crowds towards 0 and ±tiny values, which would hide a clock
        // skew of a day behind a weight that differs from 1 by 1e-300.
        daysAgo: fc
          .oneof(fc.integer({ min: 0, max: 400 * 24 * 60 }), fc.integer({ min: -2 * 24 * 60, max: 0 }))
          .map((minutes) => minutes / (24 * 60)),
      }),
      { minLength: 1, maxLength: 5 },
    ),
  }),
  { selector: (q) => q.questionId, maxLength: 5 },
);

const gradesOf = (q: QuestionHistory) => q.attempts.map((a) => ({ grade: a.grade, at: daysAgo(a.daysAgo) }));

function practisedFrom(history: QuestionHistory[]): PractisedQuestion[] {
  return history.map((q) => {
    const grades = gradesOf(q);
    return {
      questionId: q.questionId,
      difficulty: q.difficulty,
      skillSlugs: q.taggedS ? [S, "python"] : ["python"],
      recall: recallProbability(replayGrades(grades), NOW),
      lastAttemptAt: new Date(Math.max(...grades.map((g) => g.at.getTime()))),
      // The latest by time (replayGrades sorts the same way, stably).
      lastGrade: [...grades].sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1)!.grade,
    };
  });
}

function gapOfS(practised: PractisedQuestion[], rating: SelfRating | null, d: number): number {
  const mastery = computeMastery({
    skillSlugs: [S, "python"],
    practised,
    selfRatings: new Map(rating === null ? [] : [[S, rating]]),
    now: NOW,
  });
  const plan = computePlan({
    demands: [demand(S, d), demand("python", 0.3)],
    roleMedianSalaryUsd: null,
    mastery,
  });
  return plan.gaps.find((g) => g.skillSlug === S)?.gap ?? 0;
}

describe("the latest grade", () => {
  it("counts a question just failed as not known, though FSRS puts its recall at 1", () => {
    // One MEDIUM question just graded Again: recall 1 × confidence 0 → mastery 0.
    expect(masteryFromAttempts([question("q1", "MEDIUM", 1, 0, ["sql"], "AGAIN")], NOW)).toBe(0);
    // Hard counts 0.6: (3·0 + 1·1·0.6 + 1·1·1) / (3 + 2) = 1.6 / 5 = 0.32.
    const hardAndGood = [question("q1", "EASY", 1, 0, ["sql"], "HARD"), question("q2", "EASY", 1, 0)];
    expect(masteryFromAttempts(hardAndGood, NOW)).toBeCloseTo(0.32, 12);
  });
});

describe("one more successful attempt", () => {
  const successArb = fc.record({
    history: historyArb,
    rating: fc.option(fc.constantFrom<SelfRating>(1, 2, 3, 4, 5)),
    d: fc.double({ min: 0.01, max: 1, noNaN: true }),
    grade: fc.constantFrom<GradeName>("GOOD", "EASY"),
    // Which question the success is on: an index into the history (wrapping), or a new question.
    target: fc.oneof(fc.nat(), fc.constant("new" as const)),
    newDifficulty: fc.constantFrom<Difficulty>("EASY", "MEDIUM", "HARD"),
  });

  it("never increases g(s), from any prior history, self-rating or none", () => {
    fc.assert(
      fc.property(successArb, ({ history, rating, d, grade, target, newDifficulty }) => {
        const taggedS = history.filter((q) => q.taggedS);
        const before = practisedFrom(history);
        let after: PractisedQuestion[];
        if (target === "new" || taggedS.length === 0) {
          const card = applyGrade(null, grade, NOW);
          after = [
            ...before,
            {
              questionId: "fresh",
              difficulty: newDifficulty,
              skillSlugs: [S],
              recall: recallProbability(card, NOW),
              lastAttemptAt: NOW,
              lastGrade: grade,
            },
          ];
        } else {
          const q = taggedS[target % taggedS.length]!;
          const card = applyGrade(replayGrades(gradesOf(q)), grade, NOW);
          after = before.map((p) =>
            p.questionId === q.questionId
              ? { ...p, recall: recallProbability(card, NOW), lastAttemptAt: NOW, lastGrade: grade }
              : p,
          );
        }
        // Tolerance for floating-point rounding in the weighted mean only; the argument in
        // model.ts shows the exact value cannot increase.
        expect(gapOfS(after, rating, d)).toBeLessThanOrEqual(gapOfS(before, rating, d) + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps a skill known only by a self-rating of 5 at mastery 1 on its first success", () => {
    const card = applyGrade(null, "GOOD", NOW);
    const mastery = computeMastery({
      skillSlugs: [S],
      practised: [question("a", "EASY", recallProbability(card, NOW), 0, [S])],
      selfRatings: new Map([[S, 5]]),
      now: NOW,
    });
    expect(mastery.get(S)).toEqual({ mastery: 1, source: { kind: "attempts", questions: 1, checked: 0 } });
  });
});
