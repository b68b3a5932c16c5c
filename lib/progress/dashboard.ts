import type { DbClient } from "@/lib/db-client";
import type { Difficulty, PractisedQuestion } from "@/lib/recommendations/model";

import {
  attemptHeatMap,
  countDue,
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  type AttemptHeatMapData,
} from "./calendar";
import { listBookmarks, listRecentAttempts, type BookmarkItem, type RecentAttempt } from "./progress-queries";
import { recallProbability, type GradeName } from "./scheduling";
import { currentStreak, longestStreak } from "./streak";

// Everything /dashboard shows, from one read of the user and six queries run side by side. The
// database does the grouping where that saves moving rows: streaks read one row per active local
// day rather than every attempt, and each practised question comes with its skills and last grade
// already attached.

export const HEAT_MAP_WEEKS = 12;
export const RECENT_ATTEMPTS_SHOWN = 10;
export const BOOKMARKS_SHOWN = 10;

const DAY_MS = 86_400_000;

/** A practised question as the mastery model takes it, plus the grade of its latest attempt. */
export interface DashboardPractisedQuestion extends PractisedQuestion {
  lastGrade: GradeName;
}

export interface Dashboard {
  user: { timeZone: string; targetRole: { slug: string; name: string } | null };
  heatMap: AttemptHeatMapData;
  currentStreak: number;
  longestStreak: number;
  totals: { attempts: number; questionsPractised: number };
  /** Reviews due by the user's calendar: today (overdue included) and within the next 7 days. */
  due: { overdueOrToday: number; thisWeek: number };
  recentAttempts: RecentAttempt[];
  bookmarks: BookmarkItem[];
  /** Every question the user has graded, for computeMastery in lib/recommendations/model.ts. */
  practised: DashboardPractisedQuestion[];
}

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

/** The dashboard of a user; null when the user no longer exists. */
export async function getDashboard(db: DbClient, userId: string, now: Date): Promise<Dashboard | null> {
  const [user] = await db.$queryRaw<{ timeZone: string; roleSlug: string | null; roleName: string | null }[]>`
    SELECT u."timeZone", r."slug" AS "roleSlug", r."name" AS "roleName"
    FROM "User" u LEFT JOIN "Role" r ON r."id" = u."targetRoleId"
    WHERE u."id" = ${userId}`;
  if (!user) return null;
  const targetRole = user.roleSlug && user.roleName ? { slug: user.roleSlug, name: user.roleName } : null;
  // Zones are validated before they are stored; this guards against a row written some other way.
  const timeZone = isValidTimeZone(user.timeZone) ? user.timeZone : DEFAULT_TIME_ZONE;

  // The heat map covers at most 12 × 7 local days up to today; a day more on each side covers any
  // zone's offset from UTC, and attemptHeatMap drops what falls outside its grid.
  const heatMapSince = new Date(now.getTime() - (HEAT_MAP_WEEKS * 7 + 1) * DAY_MS);
  // Due within the coming week by the user's calendar, overdue included; countDue does the rest.
  const dueBefore = new Date(now.getTime() + 8 * DAY_MS);

  const [heatMapAttempts, days, dueRows, recentAttempts, bookmarks, practisedRows] = await Promise.all([
    db.attempt.findMany({
      where: { userId, createdAt: { gte: heatMapSince } },
      select: { createdAt: true },
    }),
    // One row per local day with attempts: its first attempt (an instant that falls on that local
    // day, which is all the streak functions read) and how many there were.
    db.$queryRaw<{ firstAt: Date; attempts: number }[]>`
      SELECT MIN("createdAt") AS "firstAt", COUNT(*)::int AS attempts FROM "Attempt"
      WHERE "userId" = ${userId}
      GROUP BY date_trunc('day', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timeZone})`,
    db.reviewState.findMany({
      where: { userId, due: { lt: dueBefore } },
      select: { due: true },
    }),
    listRecentAttempts(db, userId, RECENT_ATTEMPTS_SHOWN),
    listBookmarks(db, userId, BOOKMARKS_SHOWN),
    // Every schedule of the user, with the question's difficulty, its skills (aggregated for these
    // questions only) and the grade of its latest attempt (one step down the (userId, questionId,
    // createdAt) index per question, rather than sorting all the user's attempts).
    db.$queryRaw<PractisedRow[]>`
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
      ) l ON TRUE`,
  ]);

  const dayTimes = days.map((d) => d.firstAt);
  const practised = practisedRows.map((row): DashboardPractisedQuestion => ({
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

  return {
    user: { timeZone, targetRole },
    heatMap: attemptHeatMap(
      heatMapAttempts.map((a) => a.createdAt),
      timeZone,
      now,
      HEAT_MAP_WEEKS,
    ),
    currentStreak: currentStreak(dayTimes, timeZone, now),
    longestStreak: longestStreak(dayTimes, timeZone, now),
    totals: {
      attempts: days.reduce((sum, d) => sum + d.attempts, 0),
      questionsPractised: practised.length,
    },
    due: countDue(
      dueRows.map((r) => r.due),
      timeZone,
      now,
    ),
    recentAttempts,
    bookmarks,
    practised,
  };
}
