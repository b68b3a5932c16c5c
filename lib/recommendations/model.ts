// The skill-gap model behind the study plan (issue 7). Pure functions, no I/O; the caller loads the
// role's demand figures and the user's attempts and passes `now`.
//
//   demand     d_T(s)  share of the target role's postings asking for skill s, in [0, 1]
//   mastery    m(s)  = (k·m₀(s) + Σ wᵢ·rᵢ·cᵢ) / (k + Σ wᵢ) over the questions tagged s the user has
//                      attempted, where m₀ is their 1–5 self-rating on a 0–1 scale (without one:
//                      1 for a skill their current role is named after, else 0),
//                      k = PRIOR_WEIGHT, wᵢ a difficulty × recency weight, rᵢ the FSRS recall now
//                      and cᵢ the confidence of the latest grade. Without attempts, m(s) = m₀(s).
//   gap        g(s)  = d_T(s) · (1 − m(s))
//   readiness        = Σ d_T(s) · m(s) / Σ d_T(s)   (0 when Σ d_T = 0)
//
// The prior makes mastery a matter of evidence: one fresh success does not make a skill mastered
// (with no rating, one medium question right after a Good is 1.5 / 4.5 = 0.33), repeated recent
// successes approach 1, and as attempts age their weight shrinks and the prior counts again.
// Mastery never reads the target role, so switching roles changes d_T and nothing else.
//
// One more successful attempt on a question tagged s never raises g(s). The argument:
//  - Right after a GOOD or EASY grade at `now`, recallProbability(card, now) is exactly 1 (no time
//    has elapsed in the forgetting curve; scheduling.ts clamps a skewed clock to the same effect)
//    and the grade's confidence is 1.
//  - m(s) is a weighted mean of values ≤ 1: the prior m₀ ≤ 1 with the fixed weight k, and each
//    question's rᵢ·cᵢ ≤ 1 with weight wᵢ > 0. The attempt sets one question's value to 1 and its age
//    to 0; a weight is largest at age 0 (age is clamped at 0) and otherwise depends only on the
//    question's difficulty, which does not change. Writing S₀, W₀ for the sums over the prior and
//    the other questions (S₀ ≤ W₀ as every value is ≤ 1), the mean is
//    (S₀ + w·v)/(W₀ + w) ≤ (S₀ + w)/(W₀ + w) ≤ (S₀ + w′)/(W₀ + w′) for w′ ≥ w, as x ↦ (S₀+x)/(W₀+x)
//    is non-decreasing when S₀ ≤ W₀. A question attempted for the first time is the case w = 0,
//    and the first attempt on a skill is the case where the prior is all of S₀ and W₀.
// The prior's weight must stay fixed for this to hold: a prior that faded as attempts accumulated
// could drop mastery when a fresh success arrives.

import type { GradeName } from "@/lib/progress/scheduling";

export type Difficulty = "EASY" | "MEDIUM" | "HARD";
export type SelfRating = 1 | 2 | 3 | 4 | 5;

/** One question the user has attempted; the caller computes `recall` with scheduling.ts. */
export interface PractisedQuestion {
  questionId: string;
  difficulty: Difficulty;
  skillSlugs: string[];
  /** recallProbability(card, now), in [0, 1]. */
  recall: number;
  lastAttemptAt: Date;
  /** The grade of the latest attempt: a fresh failure must not read as mastery (see GRADE_CONFIDENCE). */
  lastGrade: GradeName;
  /** Whether the latest attempt was checked by the code runner rather than self-graded. */
  lastChecked?: boolean;
}

/**
 * How much the latest grade vouches for the recall figure. FSRS puts recall at 1 right after any
 * review, a failed one included, so a question just graded Again would otherwise count as mastered.
 * Again counts nothing until the next success; Hard ("recalled, with effort") counts in part.
 * Good and Easy count in full, which keeps the "one more success never raises the gap" argument.
 */
export const GRADE_CONFIDENCE: Record<GradeName, number> = { AGAIN: 0, HARD: 0.6, GOOD: 1, EASY: 1 };

export type MasterySource =
  /** `checked`: how many of those questions' latest attempts the code runner checked. */
  | { kind: "attempts"; questions: number; checked: number }
  | { kind: "self-rating"; rating: SelfRating }
  /** A skill the person's current role is named after (Role.impliedSkills), neither rated nor practised. */
  | { kind: "current-role" }
  | { kind: "none" };

export interface SkillMastery {
  mastery: number;
  source: MasterySource;
}

/**
 * How much a question counts towards mastery, by difficulty: recalling a hard answer is stronger
 * evidence of knowing the skill than recalling an easy one.
 */
export const DIFFICULTY_WEIGHT: Readonly<Record<Difficulty, number>> = { EASY: 1, MEDIUM: 1.5, HARD: 2 };

/**
 * Half-life, in days, of an attempt's weight: recent practice says more about what the user knows
 * now than practice from months ago, which FSRS's recall only partly captures (it models forgetting
 * of that one answer, not how the user's grasp of the skill has moved since).
 */
export const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * The least weight an old attempt keeps, so a skill practised long ago is still judged by those
 * attempts (whose recall has decayed) rather than by the latest one alone.
 */
export const RECENCY_WEIGHT_FLOOR = 0.05;

/**
 * How much evidence the starting point (the self-rating, else 0) is worth, in question weights:
 * about two fresh successes on medium questions. Small enough that practice soon outweighs a
 * guess, large enough that a single success is not mistaken for mastery.
 */
export const PRIOR_WEIGHT = 3;

/**
 * How much more an attempt the code runner checked counts than a self-graded one: its grade follows
 * from whether the code passed the question's tests, not from a feeling (issue 13). A weight, not a
 * value: a checked pass still counts as recall × confidence, so the monotonicity argument holds.
 */
export const CHECKED_WEIGHT = 1.5;

const DAY_MS = 24 * 60 * 60 * 1000;

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);

/** A 1–5 self-rating on a 0–1 scale: 1 → 0, 3 → 0.5, 5 → 1. */
export function selfRatingToMastery(rating: SelfRating): number {
  return (rating - 1) / 4;
}

/**
 * 0.5^(age / half-life), at least the floor. An attempt dated after `now` (clock skew) counts as
 * age 0, so no attempt ever outweighs one made at `now`, which the monotonicity argument relies on.
 */
export function recencyWeight(lastAttemptAt: Date, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - lastAttemptAt.getTime()) / DAY_MS);
  const weight = 0.5 ** (ageDays / RECENCY_HALF_LIFE_DAYS);
  return Number.isFinite(weight) ? Math.max(RECENCY_WEIGHT_FLOOR, weight) : RECENCY_WEIGHT_FLOOR;
}

/**
 * The weighted mean of the prior (weight PRIOR_WEIGHT) and each question's recall × grade
 * confidence (weight difficulty × recency, × CHECKED_WEIGHT when the code runner checked it). `prior` is the self-rating on a 0–1 scale, else 0.
 */
export function masteryFromAttempts(questions: readonly PractisedQuestion[], now: Date, prior = 0): number {
  let weighted = PRIOR_WEIGHT * clamp01(prior);
  let total = PRIOR_WEIGHT;
  for (const q of questions) {
    const weight =
      DIFFICULTY_WEIGHT[q.difficulty] *
      recencyWeight(q.lastAttemptAt, now) *
      (q.lastChecked ? CHECKED_WEIGHT : 1);
    weighted += weight * clamp01(q.recall) * GRADE_CONFIDENCE[q.lastGrade];
    total += weight;
  }
  return clamp01(weighted / total);
}

/** Keeps one entry per question, the most recent, should the caller pass a question twice. */
function latestPerQuestion(practised: readonly PractisedQuestion[]): PractisedQuestion[] {
  const latest = new Map<string, PractisedQuestion>();
  for (const q of practised) {
    const seen = latest.get(q.questionId);
    if (!seen || q.lastAttemptAt > seen.lastAttemptAt) latest.set(q.questionId, q);
  }
  return [...latest.values()];
}

/**
 * Mastery of each skill in `skillSlugs`: attempts weighed against the prior, else the prior. The
 * prior is the self-rating, else 1 for a skill the current role implies (a Data Scientist is not
 * told to learn "Data Science"; practice still moves it), else 0.
 */
export function computeMastery(input: {
  skillSlugs: readonly string[];
  practised: readonly PractisedQuestion[];
  selfRatings: ReadonlyMap<string, SelfRating>;
  /** Skills the user's current role implies (Role.impliedSkills); none when omitted. */
  impliedSkills?: ReadonlySet<string>;
  now: Date;
}): Map<string, SkillMastery> {
  const bySkill = new Map<string, PractisedQuestion[]>();
  for (const q of latestPerQuestion(input.practised)) {
    for (const slug of q.skillSlugs) {
      const list = bySkill.get(slug);
      if (list) list.push(q);
      else bySkill.set(slug, [q]);
    }
  }
  const result = new Map<string, SkillMastery>();
  for (const slug of input.skillSlugs) {
    const questions = bySkill.get(slug) ?? [];
    const rating = input.selfRatings.get(slug);
    const implied = rating === undefined && (input.impliedSkills?.has(slug) ?? false);
    if (questions.length > 0) {
      result.set(slug, {
        mastery: masteryFromAttempts(
          questions,
          input.now,
          rating === undefined ? (implied ? 1 : 0) : selfRatingToMastery(rating),
        ),
        source: {
          kind: "attempts",
          questions: questions.length,
          checked: questions.filter((q) => q.lastChecked).length,
        },
      });
    } else if (rating !== undefined) {
      result.set(slug, { mastery: selfRatingToMastery(rating), source: { kind: "self-rating", rating } });
    } else if (implied) {
      result.set(slug, { mastery: 1, source: { kind: "current-role" } });
    } else {
      result.set(slug, { mastery: 0, source: { kind: "none" } });
    }
  }
  return result;
}

export interface SkillDemandInput {
  skillSlug: string;
  skillName: string;
  /** Share of the target role's postings asking for the skill, in [0, 1]. */
  demand: number;
  /** Median salary of the role's postings asking for the skill; null when not reported. */
  medianSalaryUsd: number | null;
}

export interface SkillGap {
  skillSlug: string;
  skillName: string;
  demand: number;
  mastery: number;
  source: MasterySource;
  /** demand × (1 − mastery), in [0, demand]. */
  gap: number;
  /** The skill's median salary over the role's median; null without both figures. */
  payPremiumRatio: number | null;
  /** gap × payPremiumRatio; null without pay data. */
  payWeightedGap: number | null;
}

export interface Plan {
  /** Σ d·m / Σ d over every skill the role asks for, in [0, 1]; 0 when Σ d = 0. */
  readiness: number;
  /** Skills with demand > 0, largest gap first. */
  gaps: SkillGap[];
}

const NO_MASTERY: SkillMastery = { mastery: 0, source: { kind: "none" } };

const byGap = (x: SkillGap, y: SkillGap) =>
  y.gap - x.gap ||
  y.demand - x.demand ||
  x.skillName.localeCompare(y.skillName) ||
  x.skillSlug.localeCompare(y.skillSlug);

/**
 * Gaps and readiness for the target role. A skill missing from `mastery` counts as mastery 0 with
 * source "none". Skills with demand 0 are left out of `gaps` (there is nothing to close) and add
 * nothing to either sum of readiness.
 */
export function computePlan(input: {
  demands: readonly SkillDemandInput[];
  roleMedianSalaryUsd: number | null;
  mastery: ReadonlyMap<string, SkillMastery>;
}): Plan {
  const roleMedian = input.roleMedianSalaryUsd;
  let demandTotal = 0;
  let masteredTotal = 0;
  const gaps: SkillGap[] = [];
  for (const skill of input.demands) {
    const demand = clamp01(skill.demand);
    const { mastery: rawMastery, source } = input.mastery.get(skill.skillSlug) ?? NO_MASTERY;
    const mastery = clamp01(rawMastery);
    demandTotal += demand;
    masteredTotal += demand * mastery;
    if (demand === 0) continue;
    const gap = demand * (1 - mastery);
    const payPremiumRatio =
      skill.medianSalaryUsd !== null && roleMedian !== null && roleMedian > 0
        ? skill.medianSalaryUsd / roleMedian
        : null;
    gaps.push({
      skillSlug: skill.skillSlug,
      skillName: skill.skillName,
      demand,
      mastery,
      source,
      gap,
      payPremiumRatio,
      payWeightedGap: payPremiumRatio === null ? null : gap * payPremiumRatio,
    });
  }
  return {
    readiness: demandTotal === 0 ? 0 : clamp01(masteredTotal / demandTotal),
    gaps: gaps.sort(byGap),
  };
}

export type PlanOrder = "demand" | "pay";

/**
 * The gaps in study order. "demand": largest gap first. "pay": skills with pay data by their
 * pay-weighted gap, largest first, then the skills without pay data by gap. Those come last because
 * there is no salary figure to weight them with, not because they pay less.
 */
export function orderGaps(gaps: readonly SkillGap[], order: PlanOrder): SkillGap[] {
  if (order === "demand") return [...gaps].sort(byGap);
  const withPay = gaps.filter((g) => g.payWeightedGap !== null);
  const withoutPay = gaps.filter((g) => g.payWeightedGap === null);
  return [
    ...withPay.sort((x, y) => y.payWeightedGap! - x.payWeightedGap! || byGap(x, y)),
    ...withoutPay.sort(byGap),
  ];
}

/** Thresholds on mastery for the difficulty of the next questions to practise. */
export const MEDIUM_FROM_MASTERY = 0.4;
export const HARD_FROM_MASTERY = 0.7;

/** The difficulty to practise a skill at: easy below 0.4 mastery, medium below 0.7, else hard. */
export function targetDifficultyFor(mastery: number): Difficulty {
  if (!(mastery >= MEDIUM_FROM_MASTERY)) return "EASY";
  return mastery < HARD_FROM_MASTERY ? "MEDIUM" : "HARD";
}

/** Every difficulty, the target first and then the nearest, for when the target has no questions. */
export function difficultyPreference(mastery: number): Difficulty[] {
  switch (targetDifficultyFor(mastery)) {
    case "EASY":
      return ["EASY", "MEDIUM", "HARD"];
    case "MEDIUM":
      return ["MEDIUM", "EASY", "HARD"];
    case "HARD":
      return ["HARD", "MEDIUM", "EASY"];
  }
}

export interface RoleSkillDemand {
  skillSlug: string;
  skillName: string;
  demand: number;
}

export interface TransitionSkill {
  skillSlug: string;
  skillName: string;
  /** The skill's demand in the current role; null when that role does not report it. */
  fromDemand: number | null;
  toDemand: number;
  /** toDemand − (fromDemand ?? 0): how much more the new role asks for it. */
  difference: number;
}

/**
 * For someone moving from role A to role B: the skills B asks for more than A, largest difference
 * first. A skill A does not report counts as demand 0 in the difference but keeps `fromDemand` null,
 * so the page can say "not reported" rather than "0%".
 */
export function roleTransitionSkills(
  from: readonly RoleSkillDemand[],
  to: readonly RoleSkillDemand[],
): TransitionSkill[] {
  const fromDemand = new Map(from.map((s) => [s.skillSlug, s.demand]));
  return to
    .map((s) => {
      const before = fromDemand.get(s.skillSlug) ?? null;
      return {
        skillSlug: s.skillSlug,
        skillName: s.skillName,
        fromDemand: before,
        toDemand: s.demand,
        difference: s.demand - (before ?? 0),
      };
    })
    .filter((s) => s.difference > 0)
    .sort(
      (x, y) =>
        y.difference - x.difference || y.toDemand - x.toDemand || x.skillName.localeCompare(y.skillName),
    );
}
