import "server-only";

import { getSelfRatings } from "@/lib/accounts/self-ratings";
import type { DbClient } from "@/lib/db-client";
import { getPractisedQuestions } from "@/lib/progress/practised";

import { getRoleDemand, type RoleDemand } from "./demand-queries";
import type { PlanOrder, PractisedQuestion, SelfRating } from "./model";
import {
  assembleNextQuestions,
  nextQuestionRequests,
  practicePriorityFrom,
  questionsPerSkillFrom,
  rankCandidates,
  rankGaps,
  toSelfRatings,
  withNextQuestions,
  beginnerDifficulties,
  type NextQuestionCandidate,
  type PlanOptions,
  type PracticePriority,
  type RoleRef,
  type StudyPlan,
} from "./plan";

// The reads behind the study plan and the practice priority (./plan.ts assembles them): the
// user and their role's demand, side by side with their practised questions and self-ratings, and
// the next-question candidates of every skill of the role in the same round trip.

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
      impliedSkills: Set<string>;
      candidates: NextQuestionCandidate[];
    };

interface UserRolesRow {
  targetSlug: string | null;
  targetName: string | null;
  currentSlug: string | null;
  currentName: string | null;
  impliedSkills: string[] | null;
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
      SELECT t."slug" AS "targetSlug", t."name" AS "targetName", c."slug" AS "currentSlug", c."name" AS "currentName",
        c."impliedSkills" AS "impliedSkills"
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
    return { targetRole, currentRole, impliedSkills: new Set(user.impliedSkills ?? []), demand, candidates };
  };
  const [user, practised, ratings] = await Promise.all([
    rolesAndDemand(),
    getPractisedQuestions(db, userId, now),
    getSelfRatings(db, userId),
  ]);
  if (!user) return null;
  const { targetRole, currentRole, impliedSkills, demand, candidates } = user;
  if (!targetRole) return { status: "no-target", currentRole };
  if (!demand) return { status: "no-data", targetRole, currentRole };
  return {
    status: "ok",
    targetRole,
    currentRole,
    demand,
    practised,
    selfRatings: toSelfRatings(ratings),
    impliedSkills,
    candidates,
  };
}

/**
 * Next-question candidates for every given skill in one query: per skill, the user's reviews of
 * questions tagged with it that are due (most overdue first), and per skill and difficulty the
 * questions never attempted and not retired whose primary skill it is (by slug), since a question put
 * forward for a gap must practise that skill first and foremost (issue 17);
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
        q."level"::text AS level, q."kind"::text AS kind, r."due",
        CASE WHEN r."due" <= ${now} THEN 'review' WHEN r."id" IS NULL AND qs."primary" THEN 'new' END AS section
      FROM "Skill" s
      JOIN "QuestionSkill" qs ON qs."skillId" = s."id"
      JOIN "Question" q ON q."id" = qs."questionId"
      LEFT JOIN "ReviewState" r ON r."userId" = ${userId} AND r."questionId" = q."id"
      WHERE s."slug" = ANY(${skillSlugs as string[]}) AND q."retiredAt" IS NULL
    ),
    ranked AS (
      SELECT c.*, ROW_NUMBER() OVER (
        PARTITION BY c."skillSlug", c.section, CASE WHEN c.section = 'new' THEN c.difficulty END
        ORDER BY c."due", c."slug"
      ) AS m
      FROM candidates c WHERE c.section IS NOT NULL
    )
    SELECT json_agg(json_build_object('skillSlug', "skillSlug", 'section', section, 'm', m, 'slug', "slug",
      'title', "title", 'difficulty', difficulty, 'level', level, 'kind', kind)) AS rows
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
