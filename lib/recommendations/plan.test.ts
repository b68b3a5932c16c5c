import { describe, expect, it } from "vitest";

import type { SelfRating, SkillDemandInput, SkillGap, PractisedQuestion } from "./model";
import {
  assembleNextQuestions,
  DEFAULT_QUESTIONS_PER_SKILL,
  MAX_QUESTIONS_PER_SKILL,
  nextQuestionRequests,
  parsePlanOrder,
  practicePriorityFrom,
  questionsPerSkillFrom,
  rankCandidates,
  rankGaps,
  TOP_GAPS_WITH_QUESTIONS,
  toSelfRatings,
  withNextQuestions,
  type NextQuestionCandidate,
  type NextQuestionRow,
  type NextQuestions,
} from "./plan";

const NOW = new Date("2026-06-01T12:00:00Z");

const demand = (
  skillSlug: string,
  share: number,
  medianSalaryUsd: number | null = null,
): SkillDemandInput => ({
  skillSlug,
  skillName: skillSlug.toUpperCase(),
  demand: share,
  medianSalaryUsd,
});

const practised = (questionId: string, skillSlugs: string[], recall = 1): PractisedQuestion => ({
  questionId,
  difficulty: "MEDIUM",
  skillSlugs,
  recall,
  lastAttemptAt: NOW,
  lastGrade: "GOOD",
});

const gap = (skillSlug: string, mastery: number, share = 0.5): SkillGap => ({
  skillSlug,
  skillName: skillSlug,
  demand: share,
  mastery,
  source: { kind: "none" },
  gap: share * (1 - mastery),
  payPremiumRatio: null,
  payWeightedGap: null,
});

const row = (
  skillSlug: string,
  section: NextQuestionRow["section"],
  n: number,
  slug: string,
  difficulty = "EASY",
  kind = "SYSTEM_DESIGN",
): NextQuestionRow => ({
  skillSlug,
  section,
  n,
  slug,
  title: `Title ${slug}`,
  difficulty,
  level: "MID",
  kind,
});

describe("parameters", () => {
  it("reads the order from a search parameter, demand unless exactly 'pay'", () => {
    expect(parsePlanOrder("pay")).toBe("pay");
    for (const value of ["demand", "PAY", "", undefined, ["pay"], 1]) {
      expect(parsePlanOrder(value)).toBe("demand");
    }
  });

  it("keeps questions per skill a whole number within its limit", () => {
    expect(questionsPerSkillFrom(undefined)).toBe(DEFAULT_QUESTIONS_PER_SKILL);
    expect(questionsPerSkillFrom(Number.NaN)).toBe(DEFAULT_QUESTIONS_PER_SKILL);
    expect(questionsPerSkillFrom(2.7)).toBe(2);
    expect(questionsPerSkillFrom(-4)).toBe(0);
    expect(questionsPerSkillFrom(1_000)).toBe(MAX_QUESTIONS_PER_SKILL);
    expect(questionsPerSkillFrom(Number.POSITIVE_INFINITY)).toBe(DEFAULT_QUESTIONS_PER_SKILL);
  });

  it("keeps only whole self-ratings from 1 to 5", () => {
    const ratings = toSelfRatings(
      new Map([
        ["a", 1],
        ["b", 5],
        ["c", 0],
        ["d", 6],
        ["e", 2.5],
        ["f", Number.NaN],
        ["g", 3],
      ]),
    );
    expect([...ratings]).toEqual([
      ["a", 1],
      ["b", 5],
      ["g", 3],
    ]);
  });
});

describe("ranking the gaps", () => {
  const mle = {
    skills: [demand("mlops", 0.27, 189_300), demand("python", 0.66), demand("docker", 0.18)],
    roleMedianSalaryUsd: 193_000,
  };
  const selfRatings = new Map<string, SelfRating>([
    ["mlops", 1],
    ["python", 5],
    ["docker", 1],
  ]);

  it("takes mastery from self-ratings, and from attempts once there are any", () => {
    const before = rankGaps({ demand: mle, practised: [], selfRatings, now: NOW, order: "demand" });
    expect(before.gaps.map((g) => [g.skillSlug, g.gap])).toEqual([
      ["mlops", 0.27],
      ["docker", 0.18],
      ["python", 0],
    ]);
    expect(before.gaps[0]?.source).toEqual({ kind: "self-rating", rating: 1 });
    // Σ d·m / Σ d = 0.66 / (0.27 + 0.66 + 0.18)
    expect(before.readiness).toBeCloseTo(0.66 / 1.11, 12);

    const after = rankGaps({
      demand: mle,
      practised: [practised("q1", ["mlops"]), practised("q2", ["mlops", "kubernetes"])],
      selfRatings,
      now: NOW,
      order: "demand",
    });
    // Two fresh successes (medium, weight 1.5 each, recall 1) against the prior of the rating 1
    // (mastery 0, weight PRIOR_WEIGHT = 3): (0·3 + 1·1.5 + 1·1.5) / (3 + 1.5 + 1.5) = 0.5.
    expect(after.gaps.map((g) => g.skillSlug)).toEqual(["docker", "mlops", "python"]);
    const mlops = after.gaps[1]!;
    expect(mlops).toMatchObject({ mastery: 0.5, source: { kind: "attempts", questions: 2, checked: 0 } });
    expect(mlops.gap).toBeCloseTo(0.27 * 0.5, 12);
    expect(after.readiness).toBeGreaterThan(before.readiness);
  });

  it("puts the skills with pay data first in pay order, the rest by gap", () => {
    const pay = rankGaps({ demand: mle, practised: [], selfRatings: new Map(), now: NOW, order: "pay" });
    expect(pay.gaps.map((g) => g.skillSlug)).toEqual(["mlops", "python", "docker"]);
    expect(pay.gaps[0]?.payWeightedGap).toBeCloseTo(0.27 * (189_300 / 193_000), 12);
    const byDemand = rankGaps({
      demand: mle,
      practised: [],
      selfRatings: new Map(),
      now: NOW,
      order: "demand",
    });
    expect(byDemand.gaps.map((g) => g.skillSlug)).toEqual(["python", "mlops", "docker"]);
  });

  it("gives a skill the same mastery whichever role is the target", () => {
    const ds = {
      skills: [demand("python", 0.63), demand("mlops", 0.1), demand("sql", 0.46)],
      roleMedianSalaryUsd: null,
    };
    const input = {
      practised: [practised("q1", ["python"], 0.7)],
      selfRatings,
      now: NOW,
      order: "demand" as const,
    };
    const forMle = rankGaps({ ...input, demand: mle }).gaps;
    const forDs = rankGaps({ ...input, demand: ds }).gaps;
    for (const slug of ["python", "mlops"]) {
      const a = forMle.find((g) => g.skillSlug === slug)!;
      const b = forDs.find((g) => g.skillSlug === slug)!;
      expect([b.mastery, b.source]).toEqual([a.mastery, a.source]);
      expect(b.demand).not.toBe(a.demand);
    }
  });
});

describe("next questions", () => {
  it("asks for the first gaps only, each at the difficulty its mastery calls for", () => {
    const gaps = Array.from({ length: 12 }, (_, i) => gap(`s${i}`, i === 1 ? 0.5 : i === 2 ? 0.9 : 0));
    const requests = nextQuestionRequests(gaps);
    expect(requests).toHaveLength(TOP_GAPS_WITH_QUESTIONS);
    expect(requests.slice(0, 3)).toEqual([
      { skillSlug: "s0", preference: ["EASY", "MEDIUM", "HARD"] },
      { skillSlug: "s1", preference: ["MEDIUM", "EASY", "HARD"] },
      { skillSlug: "s2", preference: ["HARD", "MEDIUM", "EASY"] },
    ]);
    expect(nextQuestionRequests(gaps, 0)).toEqual([]);
    expect(nextQuestionRequests(gaps.slice(0, 2), 5).map((r) => r.skillSlug)).toEqual(["s0", "s1"]);
  });

  it("groups the rows by skill and section, in rank order, within the limit", () => {
    const next = assembleNextQuestions(
      ["mlops", "docker", "kubernetes"],
      [
        row("mlops", "new", 2, "m-new-2", "MEDIUM", "CONCEPT"),
        row("mlops", "review", 1, "m-review-1", "HARD", "CODING"),
        row("mlops", "new", 1, "m-new-1"),
        row("mlops", "new", 3, "m-new-3"),
        row("docker", "new", 1, "m-new-1"),
        row("docker", "new", 1, "m-new-1"),
        row("elsewhere", "new", 1, "x"),
      ],
      2,
    );
    expect([...next.keys()]).toEqual(["mlops", "docker", "kubernetes"]);
    expect(next.get("mlops")).toEqual({
      reviews: [
        { slug: "m-review-1", title: "Title m-review-1", difficulty: "hard", level: "mid", kind: "coding" },
      ],
      newQuestions: [
        { slug: "m-new-1", title: "Title m-new-1", difficulty: "easy", level: "mid", kind: "system-design" },
        { slug: "m-new-2", title: "Title m-new-2", difficulty: "medium", level: "mid", kind: "concept" },
      ],
    });
    // The same question may serve two gaps, but is listed once under each.
    expect(next.get("docker")?.newQuestions.map((q) => q.slug)).toEqual(["m-new-1"]);
    expect(next.get("kubernetes")).toEqual({ reviews: [], newQuestions: [] });
    expect(assembleNextQuestions(["mlops"], [row("mlops", "new", 1, "a")], 0).get("mlops")).toEqual({
      reviews: [],
      newQuestions: [],
    });
  });

  it("attaches each gap's questions and target difficulty, empty lists for the rest", () => {
    const gaps = [gap("a", 0), gap("b", 0.5), gap("c", 0.95)];
    const listed = {
      reviews: [],
      newQuestions: [{ slug: "q", title: "Q", difficulty: "easy", level: "junior", kind: "sql" }],
    };
    const planGaps = withNextQuestions(gaps, new Map([["a", listed as NextQuestions]]));
    expect(planGaps.map((g) => g.targetDifficulty)).toEqual(["easy", "medium", "hard"]);
    expect(planGaps[0]?.next.newQuestions.map((q) => q.slug)).toEqual(["q"]);
    expect(planGaps[1]?.next).toEqual({ reviews: [], newQuestions: [] });
    // Separate lists, so a caller adding to one gap's list does not change another's.
    expect(planGaps[1]?.next).not.toBe(planGaps[2]?.next);
    expect(planGaps[2]).toMatchObject({ skillSlug: "c", mastery: 0.95, gap: gaps[2]!.gap });
  });
});

describe("the practice priority", () => {
  it("lists the first ten gaps' skills and prefers each one's target difficulty", () => {
    const gaps = Array.from({ length: 14 }, (_, i) => gap(`s${i}`, i === 3 ? 0.8 : 0.1));
    const priority = practicePriorityFrom(gaps);
    expect(priority.status).toBe("ok");
    expect(priority.skillPriority).toEqual(gaps.slice(0, 10).map((g) => g.skillSlug));
    expect(priority.difficultyFor("s3")).toEqual(["HARD", "MEDIUM", "EASY"]);
    expect(priority.difficultyFor("s0")).toEqual(["EASY", "MEDIUM", "HARD"]);
    expect(priority.difficultyFor("not-in-the-role")).toEqual(["EASY", "MEDIUM", "HARD"]);
    expect(practicePriorityFrom([]).skillPriority).toEqual([]);
  });
});

describe("rankCandidates", () => {
  const candidate = (
    skillSlug: string,
    section: "review" | "new",
    difficulty: string,
    m: number,
    slug: string,
  ): NextQuestionCandidate => ({
    skillSlug,
    section,
    difficulty,
    m,
    slug,
    title: slug,
    level: null,
    kind: "CONCEPT",
  });

  it("orders new questions by the skill's difficulty preference, then their rank, and keeps reviews in order", () => {
    const rows = rankCandidates(
      [{ skillSlug: "sql", preference: ["MEDIUM", "EASY", "HARD"] }],
      [
        candidate("sql", "new", "EASY", 1, "easy-1"),
        candidate("sql", "new", "HARD", 1, "hard-1"),
        candidate("sql", "new", "MEDIUM", 2, "medium-2"),
        candidate("sql", "new", "MEDIUM", 1, "medium-1"),
        candidate("sql", "review", "HARD", 2, "review-2"),
        candidate("sql", "review", "EASY", 1, "review-1"),
        candidate("python", "new", "EASY", 1, "not-requested"),
      ],
    );
    const order = (section: string) =>
      rows
        .filter((r) => r.section === section)
        .sort((a, b) => a.n - b.n)
        .map((r) => r.slug);
    expect(order("new")).toEqual(["medium-1", "medium-2", "easy-1", "hard-1"]);
    expect(order("review")).toEqual(["review-1", "review-2"]);
    expect(rows.some((r) => r.slug === "not-requested")).toBe(false);
  });
});
