import "server-only";

import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  difficultyFromDb,
  kindFromDb,
  levelFromDb,
  type DifficultySlug,
  type KindSlug,
  type LevelSlug,
} from "@/lib/questions/enums";
import type { Difficulty } from "@/lib/recommendations/model";

// What /practice shows next: every review that has fallen due, then a few questions never tried,
// chosen from the skills with the largest gaps. The choice is a pure function (buildPracticeQueue,
// unit-tested); getPracticeQueue loads its inputs in three queries run side by side.

// ---------------------------------------------------------------------------------------------
// Pure selection
// ---------------------------------------------------------------------------------------------

export interface DueReview {
  questionId: string;
  slug: string;
  due: Date;
}

export interface CandidateQuestion {
  id: string;
  slug: string;
  difficulty: Difficulty;
}

export interface SkillCandidates {
  skillSlug: string;
  /** In the order to offer them within a difficulty (the best fit for the skill first). */
  questions: CandidateQuestion[];
}

export interface NewQuestionPick {
  questionId: string;
  slug: string;
  /** The skill the question was picked for (a question can be tagged with several). */
  skillSlug: string;
}

export interface PracticeQueueInput<R extends DueReview = DueReview> {
  /** Reviews that have fallen due, already sorted by due date, oldest first. */
  due: readonly R[];
  /** Questions never attempted whose primary skill it is, by skill, skills in priority order (largest gap first). */
  candidatesBySkill: readonly SkillCandidates[];
  /** The difficulties to offer for a skill, preferred first; difficulties left out are not offered. */
  difficultyFor: (skillSlug: string) => readonly Difficulty[];
  /** New questions a day (User.dailyNewLimit). */
  newLimit: number;
  /** Questions first attempted today, in the user's time zone; they count against the limit. */
  newDoneToday: number;
  /** Questions the user has already attempted: never offered as new. */
  alreadyPractisedIds: ReadonlySet<string>;
}

export interface PracticeQueueSelection<R extends DueReview = DueReview> {
  reviews: R[];
  newQuestions: NewQuestionPick[];
}

/** How many new questions are left for today: never negative, never fractional. */
export function newSlotsLeft(newLimit: number, newDoneToday: number): number {
  const left = Math.floor(newLimit) - Math.max(0, Math.floor(newDoneToday));
  return Number.isFinite(left) ? Math.max(0, left) : 0;
}

/** A skill's candidates in the order it offers them: by difficulty preference, then as given. */
function offerOrder(skill: SkillCandidates, preference: readonly Difficulty[]): CandidateQuestion[] {
  const seen = new Set<Difficulty>();
  const ordered: CandidateQuestion[] = [];
  for (const difficulty of preference) {
    if (seen.has(difficulty)) continue;
    seen.add(difficulty);
    for (const q of skill.questions) if (q.difficulty === difficulty) ordered.push(q);
  }
  return ordered;
}

/**
 * Every due review first (reviews are never capped: skipping one only makes it harder later), then
 * up to `newLimit − newDoneToday` new questions, dealt round-robin across the skills in priority
 * order, so each of the largest gaps gets a question before any gets a second. Each skill offers
 * its questions by its difficulty preference. A question is offered at most once, even when it is
 * tagged with two of the skills, and never when it is due or already practised.
 */
export function buildPracticeQueue<R extends DueReview>(
  input: PracticeQueueInput<R>,
): PracticeQueueSelection<R> {
  const reviews = [...input.due];
  const slots = newSlotsLeft(input.newLimit, input.newDoneToday);
  const taken = new Set<string>(input.alreadyPractisedIds);
  for (const review of reviews) taken.add(review.questionId);

  const queues = input.candidatesBySkill.map((skill) => ({
    skillSlug: skill.skillSlug,
    offers: offerOrder(skill, input.difficultyFor(skill.skillSlug)),
    next: 0,
  }));
  const newQuestions: NewQuestionPick[] = [];
  let active = queues.filter((q) => q.offers.length > 0);
  while (newQuestions.length < slots && active.length > 0) {
    for (const queue of active) {
      if (newQuestions.length >= slots) break;
      while (queue.next < queue.offers.length && taken.has(queue.offers[queue.next]!.id)) queue.next++;
      const offer = queue.offers[queue.next];
      if (!offer) continue;
      queue.next++;
      taken.add(offer.id);
      newQuestions.push({ questionId: offer.id, slug: offer.slug, skillSlug: queue.skillSlug });
    }
    active = active.filter((q) => q.next < q.offers.length);
  }
  return { reviews, newQuestions };
}

// ---------------------------------------------------------------------------------------------
// Database
// ---------------------------------------------------------------------------------------------

export interface PracticeQuestion {
  questionId: string;
  slug: string;
  title: string;
  difficulty: DifficultySlug;
  level: LevelSlug | null;
  kind: KindSlug;
  /** Every skill the question is tagged with, by name. */
  skills: { slug: string; name: string }[];
}

export interface PracticeReview extends PracticeQuestion {
  due: Date;
}

export interface PracticeNewQuestion extends PracticeQuestion {
  /** The gap skill it was picked for. */
  skillSlug: string;
}

export interface PracticeQueue {
  reviews: PracticeReview[];
  newQuestions: PracticeNewQuestion[];
  dailyNewLimit: number;
  hideTags: boolean;
  /** Questions first attempted today in the user's time zone. */
  newDoneToday: number;
  /** Every review due now; `reviews` holds the first REVIEW_LIMIT of them. */
  dueCount: number;
}

export interface PracticeQueueOptions {
  /** Skill slugs, largest gap first (the most-demanded skills when there is no target role). */
  skillPriority: readonly string[];
  difficultyFor: (skillSlug: string) => readonly Difficulty[];
}

/** The most due reviews listed at once; `dueCount` still counts them all. */
export const REVIEW_LIMIT = 200;

const ALL_DIFFICULTIES: readonly Difficulty[] = ["EASY", "MEDIUM", "HARD"];

interface QuestionRow {
  questionId: string;
  slug: string;
  title: string;
  difficulty: string;
  level: string | null;
  kind: string;
  skills: { slug: string; name: string }[] | null;
}

const skillsOf = Prisma.sql`COALESCE((
    SELECT json_agg(json_build_object('slug', s."slug", 'name', s."name") ORDER BY qs."primary" DESC, s."name")
    FROM "QuestionSkill" qs JOIN "Skill" s ON s."id" = qs."skillId" WHERE qs."questionId" = q."id"
  ), '[]'::json)`;

function toPracticeQuestion(row: QuestionRow): PracticeQuestion {
  return {
    questionId: row.questionId,
    slug: row.slug,
    title: row.title,
    difficulty: difficultyFromDb(row.difficulty),
    level: row.level === null ? null : levelFromDb(row.level),
    kind: kindFromDb(row.kind),
    skills: row.skills ?? [],
  };
}

/**
 * The user's settings and how many questions they first attempted today in their own zone: a
 * question counts when it has an attempt since local midnight and none before it.
 */
function settingsQuery(userId: string, now: Date) {
  return Prisma.sql`
    WITH u AS (SELECT "dailyNewLimit", "hideTags", "timeZone" FROM "User" WHERE "id" = ${userId}),
    today AS (
      SELECT ((date_trunc('day', ${now.toISOString()}::timestamptz AT TIME ZONE u."timeZone")
        AT TIME ZONE u."timeZone") AT TIME ZONE 'UTC') AS start FROM u
    )
    SELECT u."dailyNewLimit", u."hideTags", (
      SELECT COUNT(DISTINCT a."questionId")::int FROM "Attempt" a, today
      WHERE a."userId" = ${userId} AND a."createdAt" >= today.start
        AND NOT EXISTS (SELECT 1 FROM "Attempt" b WHERE b."userId" = ${userId}
          AND b."questionId" = a."questionId" AND b."createdAt" < today.start)
    ) AS "newDoneToday"
    FROM u`;
}

export async function getPracticeQueue(
  db: DbClient,
  userId: string,
  now: Date,
  options: PracticeQueueOptions,
): Promise<PracticeQueue> {
  const skillSlugs = [...new Set(options.skillPriority)];
  // Each skill's difficulty preference as (skill, difficulty, rank) rows, so the database returns
  // each skill's candidates already in the order the skill offers them.
  const preferenceRows = skillSlugs.flatMap((skill) =>
    [...new Set(options.difficultyFor(skill))]
      .filter((d) => ALL_DIFFICULTIES.includes(d))
      .map((difficulty, rank) => Prisma.sql`(${skill}, ${difficulty}, ${rank}::int)`),
  );

  const [settingsRows, dueRows, candidateRows] = await Promise.all([
    db.$queryRaw<{ dailyNewLimit: number; hideTags: boolean; newDoneToday: number }[]>(
      settingsQuery(userId, now),
    ),
    // Through the (userId, due) index; the window count is taken before the LIMIT.
    db.$queryRaw<(QuestionRow & { due: Date; dueCount: number })[]>`
      SELECT r."questionId", r."due", COUNT(*) OVER ()::int AS "dueCount",
        q."slug", q."title", q."difficulty"::text AS difficulty, q."level"::text AS level,
        q."kind"::text AS kind, ${skillsOf} AS skills
      FROM "ReviewState" r JOIN "Question" q ON q."id" = r."questionId"
      WHERE r."userId" = ${userId} AND r."due" <= ${now} AND q."retiredAt" IS NULL
      ORDER BY r."due", r."questionId"
      LIMIT ${REVIEW_LIMIT}`,
    preferenceRows.length === 0
      ? Promise.resolve([])
      : // A skill needs at most 2 × limit candidates: it skips only questions another skill took,
        // and the other skills take fewer than `limit`.
        db.$queryRaw<(QuestionRow & { skillSlug: string })[]>`
        WITH pref(skill, difficulty, rank) AS (VALUES ${Prisma.join(preferenceRows)}),
        ranked AS (
          SELECT p.skill AS "skillSlug", qs."questionId",
            ROW_NUMBER() OVER (PARTITION BY p.skill ORDER BY p.rank, q."slug") AS n
          FROM pref p
          JOIN "Skill" s ON s."slug" = p.skill
          JOIN "QuestionSkill" qs ON qs."skillId" = s."id" AND qs."primary"
          JOIN "Question" q ON q."id" = qs."questionId" AND q."difficulty"::text = p.difficulty
          WHERE q."retiredAt" IS NULL
            AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."userId" = ${userId} AND a."questionId" = q."id")
        )
        SELECT r."skillSlug", r."questionId", q."slug", q."title", q."difficulty"::text AS difficulty,
          q."level"::text AS level, q."kind"::text AS kind, ${skillsOf} AS skills
        FROM ranked r JOIN "Question" q ON q."id" = r."questionId"
        WHERE r.n <= 2 * (SELECT "dailyNewLimit" FROM "User" WHERE "id" = ${userId})
        ORDER BY r."skillSlug", r.n`,
  ]);

  const settings = settingsRows[0] ?? { dailyNewLimit: 0, hideTags: false, newDoneToday: 0 };
  const details = new Map<string, PracticeQuestion>();
  const bySkill = new Map<string, CandidateQuestion[]>(skillSlugs.map((slug) => [slug, []]));
  for (const row of candidateRows) {
    details.set(row.questionId, toPracticeQuestion(row));
    // The enum as PostgreSQL spells it ("MEDIUM"), which is the model's Difficulty.
    const difficulty = row.difficulty as Difficulty;
    bySkill.get(row.skillSlug)?.push({ id: row.questionId, slug: row.slug, difficulty });
  }

  const selection = buildPracticeQueue({
    due: dueRows.map((row) => ({ ...toPracticeQuestion(row), due: row.due })),
    candidatesBySkill: skillSlugs.map((skillSlug) => ({
      skillSlug,
      questions: bySkill.get(skillSlug) ?? [],
    })),
    // The rows are already filtered and ordered by preference; the pure function re-applies it.
    difficultyFor: options.difficultyFor,
    newLimit: settings.dailyNewLimit,
    newDoneToday: settings.newDoneToday,
    alreadyPractisedIds: new Set(),
  });
  return {
    reviews: selection.reviews,
    newQuestions: selection.newQuestions.map((pick) => ({
      ...details.get(pick.questionId)!,
      skillSlug: pick.skillSlug,
    })),
    dailyNewLimit: settings.dailyNewLimit,
    hideTags: settings.hideTags,
    newDoneToday: settings.newDoneToday,
    dueCount: dueRows[0]?.dueCount ?? 0,
  };
}
