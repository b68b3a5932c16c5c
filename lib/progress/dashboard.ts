import "server-only";

import type { DbClient } from "@/lib/db-client";
import type { PractisedQuestion } from "@/lib/recommendations/model";

import {
  attemptHeatMap,
  countDue,
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  type AttemptHeatMapData,
} from "./calendar";
import { getPractisedQuestions } from "./practised";
import { listBookmarks, listRecentAttempts, type BookmarkItem, type RecentAttempt } from "./progress-queries";
import { currentStreak, longestStreak } from "./streak";

// Everything /dashboard shows, from one read of the user and six queries run side by side. The
// database does the grouping where that saves moving rows: streaks read one row per active local
// day rather than every attempt, and each practised question comes with its skills and last grade
// already attached.

export const HEAT_MAP_WEEKS = 12;
export const RECENT_ATTEMPTS_SHOWN = 10;
export const BOOKMARKS_SHOWN = 10;

const DAY_MS = 86_400_000;

/** A practised question as the mastery model takes it (with the grade of its latest attempt). */
export type DashboardPractisedQuestion = PractisedQuestion;

export interface Dashboard {
  user: {
    timeZone: string;
    targetRole: { slug: string; name: string } | null;
    /** Skills the current role implies (Role.impliedSkills), for the plan's mastery. */
    impliedSkills: Set<string>;
  };
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

/** The dashboard of a user; null when the user no longer exists. */
export async function getDashboard(db: DbClient, userId: string, now: Date): Promise<Dashboard | null> {
  const [user] = await db.$queryRaw<
    { timeZone: string; roleSlug: string | null; roleName: string | null; impliedSkills: string[] | null }[]
  >`
    SELECT u."timeZone", r."slug" AS "roleSlug", r."name" AS "roleName", c."impliedSkills"
    FROM "User" u LEFT JOIN "Role" r ON r."id" = u."targetRoleId" LEFT JOIN "Role" c ON c."id" = u."currentRoleId"
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

  const [heatMapAttempts, days, dueRows, recentAttempts, bookmarks, practised] = await Promise.all([
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
    // Every question the user has graded, with its recall at `now`, skills and last grade.
    getPractisedQuestions(db, userId, now),
  ]);

  const dayTimes = days.map((d) => d.firstAt);

  return {
    user: { timeZone, targetRole, impliedSkills: new Set(user.impliedSkills ?? []) },
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
