import type { DbClient } from "@/lib/db-client";
import type { Difficulty, PractisedQuestion } from "@/lib/recommendations/model";

import { recallProbability, type GradeName } from "./scheduling";

// Every question a user has graded, as the skill-gap model takes it (lib/recommendations/model.ts):
// the question's difficulty and skills, today's recall from its schedule, and the grade and time of
// its latest attempt. The one loader of this list: the dashboard and the study plan both read it.

interface PractisedRow {
  questionId: string;
  difficulty: Difficulty;
  skillSlugs: string[];
  lastGrade: GradeName;
  lastAttemptAt: Date;
  due: Date;
  stability: number;
  cardDifficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/**
 * One query: every schedule of the user, with the question's difficulty, its skills (aggregated for
 * these questions only) and the grade of its latest attempt (one step down the (userId, questionId,
 * createdAt) index per question, rather than sorting all the user's attempts). Recall is computed
 * at `now`. Retired questions are included: what the user practised still says what they know.
 */
export async function getPractisedQuestions(
  db: DbClient,
  userId: string,
  now: Date,
): Promise<PractisedQuestion[]> {
  const rows = await db.$queryRaw<PractisedRow[]>`
    WITH r AS MATERIALIZED (SELECT * FROM "ReviewState" WHERE "userId" = ${userId}),
    sk AS (
      SELECT qs."questionId", array_agg(s."slug") AS slugs
      FROM r JOIN "QuestionSkill" qs ON qs."questionId" = r."questionId" JOIN "Skill" s ON s."id" = qs."skillId"
      GROUP BY qs."questionId"
    )
    SELECT r."questionId", q."difficulty"::text AS difficulty, COALESCE(sk.slugs, '{}') AS "skillSlugs",
      l."grade"::text AS "lastGrade", COALESCE(r."lastReview", l."createdAt") AS "lastAttemptAt",
      r."due", r."stability", r."difficulty" AS "cardDifficulty", r."elapsedDays", r."scheduledDays",
      r."learningSteps", r."reps", r."lapses", r."state", r."lastReview"
    FROM r
    JOIN "Question" q ON q."id" = r."questionId"
    LEFT JOIN sk ON sk."questionId" = r."questionId"
    JOIN LATERAL (
      SELECT a."grade", a."createdAt" FROM "Attempt" a
      WHERE a."userId" = r."userId" AND a."questionId" = r."questionId"
      ORDER BY a."createdAt" DESC, a."id" DESC
      LIMIT 1
    ) l ON TRUE`;

  return rows.map((row) => ({
    questionId: row.questionId,
    difficulty: row.difficulty,
    skillSlugs: row.skillSlugs,
    recall: recallProbability(
      {
        due: row.due,
        stability: row.stability,
        difficulty: row.cardDifficulty,
        elapsedDays: row.elapsedDays,
        scheduledDays: row.scheduledDays,
        learningSteps: row.learningSteps,
        reps: row.reps,
        lapses: row.lapses,
        state: row.state,
        lastReview: row.lastReview,
      },
      now,
    ),
    lastAttemptAt: row.lastAttemptAt,
    lastGrade: row.lastGrade,
  }));
}
