import {
  difficultyFromDb,
  kindFromDb,
  levelFromDb,
  type DifficultySlug,
  type KindSlug,
  type LevelSlug,
} from "@/lib/questions/enums";

import type { RoleDemand } from "./demand-queries";
import {
  computeMastery,
  computePlan,
  difficultyPreference,
  orderGaps,
  targetDifficultyFor,
  type Difficulty,
  type PlanOrder,
  type PractisedQuestion,
  type SelfRating,
  type SkillGap,
} from "./model";

// The study plan (issue 7): the skill-gap model of ./model.ts applied to a user and their target
// role, each of the largest gaps with the questions that close it, and the same ranking as the
// priority of /practice. This is the pure assembly, unit-tested in ./plan.test.ts; the reads that
// feed it are in ./plan-queries.ts.

/** Gaps that come with next questions; the page lists the rest with their numbers only. */
export const TOP_GAPS_WITH_QUESTIONS = 10;
export const DEFAULT_QUESTIONS_PER_SKILL = 3;
/** The most questions of each kind (reviews, new) listed under one gap. */
export const MAX_QUESTIONS_PER_SKILL = 20;

export interface RoleRef {
  slug: string;
  name: string;
}

/** A question as a plan lists it: what components/questions/question-list.tsx renders. */
export interface PlanQuestion {
  slug: string;
  title: string;
  difficulty: DifficultySlug;
  level: LevelSlug | null;
  kind: KindSlug;
}

export interface NextQuestions {
  /** The user's reviews of questions tagged with the skill that are due, most overdue first. */
  reviews: PlanQuestion[];
  /** Questions never attempted, by the skill's difficulty preference (difficultyPreference). */
  newQuestions: PlanQuestion[];
}

export interface PlanGap extends SkillGap {
  /** Empty beyond the first TOP_GAPS_WITH_QUESTIONS gaps. */
  next: NextQuestions;
  /** targetDifficultyFor(mastery), spelt like the questions' difficulty. */
  targetDifficulty: DifficultySlug;
}

export interface PlanSource {
  slug: string;
  publisher: string;
  title: string;
  url: string;
  dataMonth: Date;
}

export type StudyPlan =
  | { status: "no-target"; currentRole: RoleRef | null }
  | { status: "no-data"; targetRole: RoleRef }
  | {
      status: "ok";
      targetRole: RoleRef;
      currentRole: RoleRef | null;
      /** The one snapshot every demand and salary figure comes from. */
      source: PlanSource;
      roleMedianSalaryUsd: number | null;
      readiness: number;
      /** Whether any gap has a pay-weighted gap, i.e. whether order "pay" differs from "demand". */
      hasPayData: boolean;
      order: PlanOrder;
      gaps: PlanGap[];
    };

export interface PlanOptions {
  /** Reviews, and new questions, listed under each top gap: 0 to MAX_QUESTIONS_PER_SKILL. */
  questionsPerSkill?: number;
}

/** "pay" when asked for, else "demand": for a `?order=` search parameter. */
export function parsePlanOrder(value: unknown): PlanOrder {
  return value === "pay" ? "pay" : "demand";
}

/** A whole number of questions in [0, MAX_QUESTIONS_PER_SKILL]; the default when not a number. */
export function questionsPerSkillFrom(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return DEFAULT_QUESTIONS_PER_SKILL;
  return Math.min(MAX_QUESTIONS_PER_SKILL, Math.max(0, Math.floor(value)));
}

/** Self-ratings as stored, keeping only whole ratings from 1 to 5 (the model's SelfRating). */
export function toSelfRatings(ratings: ReadonlyMap<string, number>): Map<string, SelfRating> {
  const valid = new Map<string, SelfRating>();
  for (const [slug, rating] of ratings) {
    if (Number.isInteger(rating) && rating >= 1 && rating <= 5) valid.set(slug, rating as SelfRating);
  }
  return valid;
}

/**
 * Readiness and the gaps in study order. Mastery is computed for every skill the demand lists, from
 * the user's attempts or else their self-ratings; it never depends on the role, so switching the
 * target role changes only the demands.
 */
export function rankGaps(input: {
  demand: Pick<RoleDemand, "skills" | "roleMedianSalaryUsd">;
  practised: readonly PractisedQuestion[];
  selfRatings: ReadonlyMap<string, SelfRating>;
  /** Skills the current role implies (Role.impliedSkills). */
  impliedSkills?: ReadonlySet<string>;
  now: Date;
  order: PlanOrder;
}): { readiness: number; gaps: SkillGap[] } {
  const mastery = computeMastery({
    skillSlugs: input.demand.skills.map((s) => s.skillSlug),
    practised: input.practised,
    selfRatings: input.selfRatings,
    impliedSkills: input.impliedSkills ?? new Set(),
    now: input.now,
  });
  const plan = computePlan({
    demands: input.demand.skills,
    roleMedianSalaryUsd: input.demand.roleMedianSalaryUsd,
    mastery,
  });
  return { readiness: plan.readiness, gaps: orderGaps(plan.gaps, input.order) };
}

export interface NextQuestionRequest {
  skillSlug: string;
  /** Every difficulty, the one to practise at first (difficultyPreference of the skill's mastery). */
  preference: Difficulty[];
}

/** What to look up next questions for: the first `count` gaps, in the order given. */
export function nextQuestionRequests(
  gaps: readonly SkillGap[],
  count = TOP_GAPS_WITH_QUESTIONS,
): NextQuestionRequest[] {
  return gaps.slice(0, Math.max(0, count)).map((gap) => ({
    skillSlug: gap.skillSlug,
    preference: difficultyPreference(gap.mastery),
  }));
}

/** A row of the next-questions query: the n-th question of its section for the skill. */
export interface NextQuestionRow {
  skillSlug: string;
  section: "review" | "new";
  n: number;
  slug: string;
  title: string;
  /** The enum as PostgreSQL spells it ("SYSTEM_DESIGN"). */
  difficulty: string;
  /** As PostgreSQL spells it ("SENIOR"); null for a question written before levels existed. */
  level: string | null;
  kind: string;
}

/**
 * A candidate of the next-questions query: the m-th question of its group, where a group is the
 * due reviews of a skill (most overdue first) or the never-attempted questions of a skill at one
 * difficulty (by the question's weight for the skill, then slug).
 */
export interface NextQuestionCandidate extends Omit<NextQuestionRow, "n"> {
  m: number;
}

/**
 * The candidates in each requested skill's order: reviews as they come, new questions by the
 * skill's difficulty preference first and their rank within the difficulty second. The query
 * cannot order new questions itself, as the preference depends on mastery, which is computed from
 * rows read at the same time.
 */
export function rankCandidates(
  requests: readonly NextQuestionRequest[],
  candidates: readonly NextQuestionCandidate[],
): NextQuestionRow[] {
  const preferenceOf = new Map(requests.map((r) => [r.skillSlug, r.preference as string[]]));
  const wanted = candidates.filter((c) => preferenceOf.has(c.skillSlug));
  const key = (c: NextQuestionCandidate) =>
    c.section === "review" ? [c.m, 0] : [preferenceOf.get(c.skillSlug)!.indexOf(c.difficulty), c.m];
  const groups = new Map<string, NextQuestionCandidate[]>();
  for (const c of wanted) {
    const group = `${c.skillSlug}\u0000${c.section}`;
    groups.set(group, [...(groups.get(group) ?? []), c]);
  }
  return [...groups.values()].flatMap((group) =>
    group
      .sort((x, y) => {
        const [a1, a2] = key(x);
        const [b1, b2] = key(y);
        return a1! - b1! || a2! - b2! || x.slug.localeCompare(y.slug);
      })
      .map(({ m: _m, ...row }, index) => ({ ...row, n: index + 1 })),
  );
}

/**
 * Each requested skill's next questions from the query's rows: by rank within the section, at most
 * `perSkill` of each section, a question at most once per section. A skill with no rows gets empty
 * lists. A question tagged with two top skills may be listed under both: each gap's list stands on
 * its own, as the page may show one gap at a time.
 */
export function assembleNextQuestions(
  skillSlugs: readonly string[],
  rows: readonly NextQuestionRow[],
  perSkill: number,
): Map<string, NextQuestions> {
  const result = new Map<string, NextQuestions>(
    skillSlugs.map((slug) => [slug, { reviews: [], newQuestions: [] }]),
  );
  const sorted = [...rows].sort((x, y) => x.n - y.n || x.slug.localeCompare(y.slug));
  const seen = new Set<string>();
  for (const row of sorted) {
    const next = result.get(row.skillSlug);
    if (!next) continue;
    const list = row.section === "review" ? next.reviews : next.newQuestions;
    const key = `${row.section}\u0000${row.skillSlug}\u0000${row.slug}`;
    if (list.length >= perSkill || seen.has(key)) continue;
    seen.add(key);
    list.push({
      slug: row.slug,
      title: row.title,
      difficulty: difficultyFromDb(row.difficulty),
      level: row.level === null ? null : levelFromDb(row.level),
      kind: kindFromDb(row.kind),
    });
  }
  return result;
}

/** The gaps with their next questions and target difficulty; gaps not in `next` get empty lists. */
export function withNextQuestions(
  gaps: readonly SkillGap[],
  next: ReadonlyMap<string, NextQuestions>,
): PlanGap[] {
  return gaps.map((gap) => ({
    ...gap,
    next: next.get(gap.skillSlug) ?? { reviews: [], newQuestions: [] },
    targetDifficulty: difficultyFromDb(targetDifficultyFor(gap.mastery)),
  }));
}

export interface PracticePriority {
  /**
   * "ok": the skills of the top gaps for the target role. "no-target" (also for a user who no
   * longer exists) and "no-data": no skills, so /practice shows the due reviews only and asks the
   * user to pick a target role (or another one, for "no-data") to get new questions.
   */
  status: "ok" | "no-target" | "no-data";
  /** Skill slugs, largest gap first ("demand" order), at most TOP_GAPS_WITH_QUESTIONS. */
  skillPriority: string[];
  /** difficultyPreference of the skill's mastery; of mastery 0 for a skill the role does not list. */
  difficultyFor: (skillSlug: string) => Difficulty[];
}

export const beginnerDifficulties = () => difficultyPreference(0);

/** getPracticeQueue's options from gaps in "demand" order. */
export function practicePriorityFrom(gaps: readonly SkillGap[]): PracticePriority {
  const mastery = new Map(gaps.map((gap) => [gap.skillSlug, gap.mastery]));
  return {
    status: "ok",
    skillPriority: gaps.slice(0, TOP_GAPS_WITH_QUESTIONS).map((gap) => gap.skillSlug),
    difficultyFor: (skillSlug) => difficultyPreference(mastery.get(skillSlug) ?? 0),
  };
}
