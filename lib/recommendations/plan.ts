import { getSelfRatings } from "@/lib/accounts/self-ratings";
import type { DbClient } from "@/lib/db-client";
import { getPractisedQuestions } from "@/lib/progress/practised";
import { difficultyFromDb, kindFromDb, type DifficultySlug, type KindSlug } from "@/lib/questions/enums";

import { getRoleDemand, type RoleDemand } from "./demand-queries";
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
// priority of /practice. Reads are thin: the user and their role's demand, side by side with their
// practised questions and self-ratings, then one query for the next questions of the top gaps. The
// rest is pure and unit-tested in ./plan.test.ts.

// ---------------------------------------------------------------------------------------------
// Pure assembly
// ---------------------------------------------------------------------------------------------

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
  now: Date;
  order: PlanOrder;
}): { readiness: number; gaps: SkillGap[] } {
  const mastery = computeMastery({
    skillSlugs: input.demand.skills.map((s) => s.skillSlug),
    practised: input.practised,
    selfRatings: input.selfRatings,
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

const beginnerDifficulties = () => difficultyPreference(0);

/** getPracticeQueue's options from gaps in "demand" order. */
export function practicePriorityFrom(gaps: readonly SkillGap[]): PracticePriority {
  const mastery = new Map(gaps.map((gap) => [gap.skillSlug, gap.mastery]));
  return {
    status: "ok",
    skillPriority: gaps.slice(0, TOP_GAPS_WITH_QUESTIONS).map((gap) => gap.skillSlug),
    difficultyFor: (skillSlug) => difficultyPreference(mastery.get(skillSlug) ?? 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

type PlanInputs =
  | { status: "no-target"; currentRole: RoleRef | null }
  | { status: "no-data"; targetRole: RoleRef; currentRole: RoleRef | null }
  | {
      status: "ok";
      targetRole: RoleRef;
      currentRole: RoleRef | null;
      demand: RoleDemand;
      practised: PractisedQuestion[];
      selfRatings: Map<string, SelfRating>;
      candidates: NextQuestionCandidate[];
    };

interface UserRolesRow {
  targetSlug: string | null;
  targetName: string | null;
  currentSlug: string | null;
  currentName: string | null;
}

const roleRef = (slug: string | null, name: string | null): RoleRef | null =>
  slug !== null && name !== null ? { slug, name } : null;

/**
 * The user's roles and then their target role's demand, side by side with their practised
 * questions and self-ratings (the longest read), so the demand costs no extra round trip. Null when
 * the user does not exist.
 */
async function loadPlanInputs(
  db: DbClient,
  userId: string,
  now: Date,
  /** Next-question candidates per skill and group to read alongside (0: none, for /practice). */
  perSkill = 0,
): Promise<PlanInputs | null> {
  const rolesAndDemand = async () => {
    // Raw rather than nested selects: Prisma's nested reads cost a few times the CPU (bench-plan).
    const [user] = await db.$queryRaw<UserRolesRow[]>`
      SELECT t."slug" AS "targetSlug", t."name" AS "targetName", c."slug" AS "currentSlug", c."name" AS "currentName"
      FROM "User" u
      LEFT JOIN "Role" t ON t."id" = u."targetRoleId"
      LEFT JOIN "Role" c ON c."id" = u."currentRoleId"
      WHERE u."id" = ${userId}`;
    if (!user) return null;
    const targetRole = roleRef(user.targetSlug, user.targetName);
    const currentRole = roleRef(user.currentSlug, user.currentName);
    const demand = targetRole ? await getRoleDemand(db, targetRole.slug) : null;
    // Read while the practised questions load: which skills will be the top gaps is not known
    // yet, so every skill of the role gets its few candidates per group (bench-plan: this beat a
    // second, dependent query by a third of the plan's time).
    const candidates = demand
      ? await loadNextCandidates(
          db,
          userId,
          now,
          demand.skills.map((skill) => skill.skillSlug),
          perSkill,
        )
      : [];
    return { targetRole, currentRole, demand, candidates };
  };
  const [user, practised, ratings] = await Promise.all([
    rolesAndDemand(),
    getPractisedQuestions(db, userId, now),
    getSelfRatings(db, userId),
  ]);
  if (!user) return null;
  const { targetRole, currentRole, demand, candidates } = user;
  if (!targetRole) return { status: "no-target", currentRole };
  if (!demand) return { status: "no-data", targetRole, currentRole };
  return {
    status: "ok",
    targetRole,
    currentRole,
    demand,
    practised,
    selfRatings: toSelfRatings(ratings),
    candidates,
  };
}

/**
 * Next-question candidates for every given skill in one query: per skill, the user's reviews of
 * questions tagged with it that are due (most overdue first), and per skill and difficulty the
 * questions never attempted and not retired (by the question's weight for the skill, then slug);
 * at most `perSkill` of each. A question without a schedule has never been attempted: every
 * attempt writes one, and an import rebuilds them from the attempts.
 */
async function loadNextCandidates(
  db: DbClient,
  userId: string,
  now: Date,
  skillSlugs: readonly string[],
  perSkill: number,
): Promise<NextQuestionCandidate[]> {
  if (skillSlugs.length === 0 || perSkill === 0) return [];
  // As one JSON value: a few hundred rows parse several times faster that way (see practised.ts).
  const [result] = await db.$queryRaw<{ rows: NextQuestionCandidate[] | null }[]>`
    WITH candidates AS (
      SELECT s."slug" AS "skillSlug", q."slug", q."title", q."difficulty"::text AS difficulty,
        q."kind"::text AS kind, qs."weight", r."due",
        CASE WHEN r."due" <= ${now} THEN 'review' WHEN r."id" IS NULL THEN 'new' END AS section
      FROM "Skill" s
      JOIN "QuestionSkill" qs ON qs."skillId" = s."id"
      JOIN "Question" q ON q."id" = qs."questionId"
      LEFT JOIN "ReviewState" r ON r."userId" = ${userId} AND r."questionId" = q."id"
      WHERE s."slug" = ANY(${skillSlugs as string[]}) AND q."retiredAt" IS NULL
    ),
    ranked AS (
      SELECT c.*, ROW_NUMBER() OVER (
        PARTITION BY c."skillSlug", c.section, CASE WHEN c.section = 'new' THEN c.difficulty END
        ORDER BY c."due", c."weight" DESC, c."slug"
      ) AS m
      FROM candidates c WHERE c.section IS NOT NULL
    )
    SELECT json_agg(json_build_object('skillSlug', "skillSlug", 'section', section, 'm', m, 'slug', "slug",
      'title', "title", 'difficulty', difficulty, 'kind', kind)) AS rows
    FROM ranked WHERE m <= ${perSkill}`;
  return result?.rows ?? [];
}

/**
 * The study plan of a user for their target role: null when the user does not exist, "no-target"
 * without a target role, "no-data" when no snapshot reports skills for it. The gaps come in `order`
 * (orderGaps); the first TOP_GAPS_WITH_QUESTIONS of them carry their next questions.
 */
export async function getPlan(
  db: DbClient,
  userId: string,
  now: Date,
  order: PlanOrder = "demand",
  options: PlanOptions = {},
): Promise<StudyPlan | null> {
  const perSkill = questionsPerSkillFrom(options.questionsPerSkill);
  const inputs = await loadPlanInputs(db, userId, now, perSkill);
  if (!inputs) return null;
  if (inputs.status === "no-target") return { status: "no-target", currentRole: inputs.currentRole };
  if (inputs.status === "no-data") return { status: "no-data", targetRole: inputs.targetRole };

  const { demand } = inputs;
  const { readiness, gaps } = rankGaps({ ...inputs, now, order });
  const requests = nextQuestionRequests(gaps);
  const rows = rankCandidates(requests, inputs.candidates);
  const next = assembleNextQuestions(
    requests.map((r) => r.skillSlug),
    rows,
    perSkill,
  );
  const { slug, publisher, title, url, dataMonth } = demand.snapshot;
  return {
    status: "ok",
    targetRole: inputs.targetRole,
    currentRole: inputs.currentRole,
    source: { slug, publisher, title, url, dataMonth },
    roleMedianSalaryUsd: demand.roleMedianSalaryUsd,
    readiness,
    hasPayData: gaps.some((gap) => gap.payWeightedGap !== null),
    order,
    gaps: withNextQuestions(gaps, next),
  };
}

/**
 * The options of getPracticeQueue (lib/progress/practice-queue.ts): the skills of the largest gaps
 * for the target role, by "demand" order, each practised at the difficulty its mastery calls for.
 * Without a target role or data for it, there is deliberately no fallback (such as another role's
 * most-demanded skills): skillPriority is empty, /practice shows the due reviews only, and
 * `status` tells the page to ask the user to pick a target role.
 */
export async function getPracticePriority(
  db: DbClient,
  userId: string,
  now: Date,
): Promise<PracticePriority> {
  const inputs = await loadPlanInputs(db, userId, now);
  if (!inputs || inputs.status !== "ok") {
    return { status: inputs?.status ?? "no-target", skillPriority: [], difficultyFor: beginnerDifficulties };
  }
  return practicePriorityFrom(rankGaps({ ...inputs, now, order: "demand" }).gaps);
}
