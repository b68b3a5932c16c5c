import "server-only";

import type { DbClient } from "@/lib/db-client";
import type { GradeName } from "@/lib/progress/grades";

import type { QuestionStatusEntry } from "./question-status";

// The read behind the question list's solved and attempted marks (GET /api/questions/progress).
// Takes the client so the integration test runs exactly this query.

/**
 * Every listed question the user has graded: its slug, the latest grade and whether its review is
 * due at `now`. One row per question from the user's review cards, which keep the latest grade
 * (lib/progress/attempts.ts), so the attempt log is not read; retired questions are left out, as
 * the list leaves them out. Scoped to the user: nobody else's cards are read.
 */
export async function listQuestionStatuses(
  db: DbClient,
  userId: string,
  now: Date,
): Promise<QuestionStatusEntry[]> {
  const rows = await db.$queryRaw<{ slug: string; lastGrade: GradeName; due: boolean }[]>`
    SELECT q."slug", r."lastGrade"::text AS "lastGrade", r."due" <= ${now} AS due
    FROM "ReviewState" r JOIN "Question" q ON q."id" = r."questionId"
    WHERE r."userId" = ${userId} AND q."retiredAt" IS NULL
    ORDER BY q."slug"`;
  return rows.map((row) => ({ slug: row.slug, lastGrade: row.lastGrade, due: row.due }));
}
