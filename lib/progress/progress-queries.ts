import "server-only";

import type { DbClient } from "@/lib/db-client";
import { difficultyFromDb, kindFromDb, type DifficultySlug, type KindSlug } from "@/lib/questions/enums";

import { isDue, recallProbability, type GradeName, type ReviewCard } from "./scheduling";

// Reads of one user's progress. Every query is scoped by the user id it is given (the session's),
// selects only what the pages show and returns plain objects. Takes the database client so the
// integration tests and the dashboard benchmark run exactly this code.

/** The most rows a list returns, whatever the caller asks for. */
export const LIST_LIMIT_MAX = 100;

const clampLimit = (limit: number) =>
  Number.isFinite(limit) ? Math.min(LIST_LIMIT_MAX, Math.max(0, Math.floor(limit))) : 0;

/** The ReviewState columns that make up an FSRS card. */
export const reviewCardSelect = {
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

export interface QuestionProgress {
  bookmarked: boolean;
  note: { id: string; body: string; updatedAt: Date } | null;
  /** How many times the user has graded the question. */
  attempts: number;
  lastGrade: GradeName | null;
  review: {
    due: Date;
    isDue: boolean;
    /** recallProbability at `now`, in [0, 1]. */
    recall: number;
  } | null;
}

/** The user's progress on one question; null for an unknown or retired question. */
export async function getQuestionProgress(
  db: DbClient,
  userId: string,
  questionSlug: string,
  now: Date,
): Promise<QuestionProgress | null> {
  const question = await db.question.findFirst({
    where: { slug: questionSlug, retiredAt: null },
    select: {
      bookmarks: { where: { userId }, select: { id: true } },
      notes: { where: { userId }, select: { id: true, body: true, updatedAt: true } },
      reviewStates: { where: { userId }, select: reviewCardSelect },
      attempts: {
        where: { userId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { grade: true },
      },
      _count: { select: { attempts: { where: { userId } } } },
    },
  });
  if (!question) return null;
  const card: ReviewCard | undefined = question.reviewStates[0];
  return {
    bookmarked: question.bookmarks.length > 0,
    note: question.notes[0] ?? null,
    attempts: question._count.attempts,
    lastGrade: question.attempts[0]?.grade ?? null,
    review: card ? { due: card.due, isDue: isDue(card, now), recall: recallProbability(card, now) } : null,
  };
}

export interface AttemptDetail {
  id: string;
  questionSlug: string;
  questionTitle: string;
  grade: GradeName;
  timeSpentSeconds: number | null;
  createdAt: Date;
}

/** One of the user's attempts; null when there is no such attempt or it is someone else's. */
export async function getAttemptById(
  db: DbClient,
  userId: string,
  attemptId: string,
): Promise<AttemptDetail | null> {
  const row = await db.attempt.findFirst({
    where: { id: attemptId, userId },
    select: {
      id: true,
      grade: true,
      timeSpentSeconds: true,
      createdAt: true,
      question: { select: { slug: true, title: true } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    questionSlug: row.question.slug,
    questionTitle: row.question.title,
    grade: row.grade,
    timeSpentSeconds: row.timeSpentSeconds,
    createdAt: row.createdAt,
  };
}

export interface NoteDetail {
  id: string;
  questionSlug: string;
  body: string;
  updatedAt: Date;
}

/** One of the user's notes; null when there is no such note or it is someone else's. */
export async function getNoteById(db: DbClient, userId: string, noteId: string): Promise<NoteDetail | null> {
  const row = await db.note.findFirst({
    where: { id: noteId, userId },
    select: { id: true, body: true, updatedAt: true, question: { select: { slug: true } } },
  });
  return row
    ? { id: row.id, questionSlug: row.question.slug, body: row.body, updatedAt: row.updatedAt }
    : null;
}

export interface BookmarkItem {
  id: string;
  createdAt: Date;
  question: { slug: string; title: string; difficulty: DifficultySlug; kind: KindSlug };
}

// The two lists below are on the dashboard's path, in SQL: the same reads through Prisma's
// relation filters and nested selects took three to five times as long (scripts/bench-dashboard.ts).

/** The user's bookmarks, newest first; bookmarks of retired questions are left out. */
export async function listBookmarks(db: DbClient, userId: string, limit: number): Promise<BookmarkItem[]> {
  const rows = await db.$queryRaw<
    { id: string; createdAt: Date; slug: string; title: string; difficulty: string; kind: string }[]
  >`
    SELECT b."id", b."createdAt", q."slug", q."title", q."difficulty"::text AS difficulty, q."kind"::text AS kind
    FROM "Bookmark" b JOIN "Question" q ON q."id" = b."questionId"
    WHERE b."userId" = ${userId} AND q."retiredAt" IS NULL
    ORDER BY b."createdAt" DESC, b."id" DESC
    LIMIT ${clampLimit(limit)}`;
  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    question: {
      slug: row.slug,
      title: row.title,
      difficulty: difficultyFromDb(row.difficulty),
      kind: kindFromDb(row.kind),
    },
  }));
}

export interface RecentAttempt {
  id: string;
  grade: GradeName;
  timeSpentSeconds: number | null;
  createdAt: Date;
  /** `retired`: the question's file was removed, so there is no page to link to. */
  question: { slug: string; title: string; retired: boolean };
}

/** The user's latest attempts, newest first, retired questions included (they are history). */
export async function listRecentAttempts(
  db: DbClient,
  userId: string,
  limit: number,
): Promise<RecentAttempt[]> {
  const rows = await db.$queryRaw<
    {
      id: string;
      grade: GradeName;
      timeSpentSeconds: number | null;
      createdAt: Date;
      slug: string;
      title: string;
      retired: boolean;
    }[]
  >`
    SELECT a."id", a."grade"::text AS grade, a."timeSpentSeconds", a."createdAt", q."slug", q."title",
      q."retiredAt" IS NOT NULL AS retired
    FROM "Attempt" a JOIN "Question" q ON q."id" = a."questionId"
    WHERE a."userId" = ${userId}
    ORDER BY a."createdAt" DESC, a."id" DESC
    LIMIT ${clampLimit(limit)}`;
  return rows.map((row) => ({
    id: row.id,
    grade: row.grade,
    timeSpentSeconds: row.timeSpentSeconds,
    createdAt: row.createdAt,
    question: { slug: row.slug, title: row.title, retired: row.retired },
  }));
}
