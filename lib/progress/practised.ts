import "server-only";

import type { DbClient } from "@/lib/db-client";
import { getQuestionCatalog } from "@/lib/questions/catalog";
import type { PractisedQuestion } from "@/lib/recommendations/model";

import { recallProbability, type GradeName } from "./scheduling";

// Every question a user has graded, as the skill-gap model takes it (lib/recommendations/model.ts):
// the question's difficulty and skills, today's recall from its schedule, and the grade and time of
// its latest attempt. The one loader of this list: the dashboard and the study plan both read it.

/**
 * One practised question as the query sends it: a JSON array, in this order. The rows come back
 * as one JSON value rather than as 15 columns × hundreds of rows: for 850 questions, Prisma took
 * about 7 ms of CPU to parse the typed columns and under 3 ms to parse the JSON, while PostgreSQL
 * spends about 2 ms more building it (scripts/bench-plan.ts). Timestamps arrive as ISO 8601
 * strings; floats as PostgreSQL's shortest exact text, so they read back bit for bit.
 */
type PractisedTuple = [
  questionId: string,
  lastGrade: GradeName,
  lastAttemptAt: string,
  due: string,
  stability: number,
  cardDifficulty: number,
  elapsedDays: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  state: number,
  lastReview: string | null,
  lastChecked: boolean,
];

/**
 * One query: every schedule of the user (which carries the grade and time of the latest review);
 * each question's difficulty and skills come from the in-memory question catalog. Recall is
 * computed at `now`. Retired questions are included: what the user practised still says what they
 * know.
 */
export async function getPractisedQuestions(
  db: DbClient,
  userId: string,
  now: Date,
): Promise<PractisedQuestion[]> {
  const [result] = await db.$queryRaw<{ rows: PractisedTuple[] }[]>`
    SELECT COALESCE(json_agg(json_build_array(
      r."questionId", r."lastGrade", COALESCE(r."lastReview", r."updatedAt"),
      r."due", r."stability", r."difficulty", r."elapsedDays", r."scheduledDays", r."learningSteps", r."reps",
      r."lapses", r."state", r."lastReview", r."lastChecked"
    )), '[]') AS rows
    FROM "ReviewState" r WHERE r."userId" = ${userId}`;
  const tuples = result?.rows ?? [];
  const catalog = await getQuestionCatalog(
    db,
    tuples.map(([questionId]) => questionId),
  );

  return tuples.flatMap(
    ([
      questionId,
      lastGrade,
      lastAttemptAt,
      due,
      stability,
      cardDifficulty,
      elapsedDays,
      scheduledDays,
      learningSteps,
      reps,
      lapses,
      state,
      lastReview,
      lastChecked,
    ]) => {
      const lastReviewAt = lastReview === null ? null : new Date(lastReview);
      // Every schedule belongs to a question (a foreign key), and the catalog was just reloaded
      // if it lacked any of them, so nothing is skipped here in practice.
      const entry = catalog.get(questionId);
      if (!entry) return [];
      const { difficulty, skillSlugs } = entry;
      return {
        questionId,
        difficulty,
        skillSlugs,
        recall: recallProbability(
          {
            due: new Date(due),
            stability,
            difficulty: cardDifficulty,
            elapsedDays,
            scheduledDays,
            learningSteps,
            reps,
            lapses,
            state,
            lastReview: lastReviewAt,
          },
          now,
        ),
        lastAttemptAt: new Date(lastAttemptAt),
        lastGrade,
        lastChecked,
      };
    },
  );
}
