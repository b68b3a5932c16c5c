import "server-only";

import { randomUUID } from "node:crypto";

import type { DbClient } from "@/lib/db-client";
import { Prisma, type CheckOutcome } from "@/lib/generated/prisma/client";

import { isValidTimeZone } from "./calendar";
import { newReviewCard, replayGrades, type GradeName, type ReviewCard } from "./scheduling";

// The progress mutations: grading an attempt, bookmarks, notes and practice settings. Each takes
// the database client (the integration tests drive exactly the code the app runs) and the signed-in
// user's id, touches only that user's rows, and answers with a typed result instead of throwing for
// a question that does not exist. The server actions validate input with ./validations first.

export type NotFound = { ok: false; reason: "not-found" };
const NOT_FOUND: NotFound = { ok: false, reason: "not-found" };

export interface AttemptReview {
  due: Date;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  reps: number;
}

export type RecordAttemptResult =
  { ok: true; attemptId: string; duplicate: boolean; review: AttemptReview } | NotFound;

export interface RecordAttemptData {
  questionSlug: string;
  grade: GradeName;
  timeSpentSeconds: number | null;
  /** Made by the browser once per attempt, so a retried submit records nothing new. */
  idempotencyKey: string;
  /** Set when the code runner checked the answer (issue 13). */
  outcome?: CheckOutcome | null | undefined;
  /** Runs and failed submissions before this attempt. */
  runsBefore?: number | null | undefined;
  /** The browser's IANA zone; remembered for streaks and "due today" when valid. */
  timeZone?: string | undefined;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

const reviewSelect = { due: true, state: true, reps: true } as const;

/** The attempt already recorded under this key, with the question's current schedule. */
async function findDuplicate(
  db: DbClient,
  userId: string,
  idempotencyKey: string,
): Promise<RecordAttemptResult | null> {
  const attempt = await db.attempt.findUnique({
    where: { userId_idempotencyKey: { userId, idempotencyKey } },
    select: { id: true, questionId: true },
  });
  if (!attempt) return null;
  const state = await db.reviewState.findUnique({
    where: { userId_questionId: { userId, questionId: attempt.questionId } },
    select: reviewSelect,
  });
  // A schedule is written with every attempt; replaying covers rows written by other means.
  const { due, state: fsrsState, reps } = state ?? (await replayFromLog(db, userId, attempt.questionId));
  return { ok: true, attemptId: attempt.id, duplicate: true, review: { due, state: fsrsState, reps } };
}

async function replayFromLog(
  db: Prisma.TransactionClient,
  userId: string,
  questionId: string,
): Promise<ReviewCard & { lastGrade: GradeName; lastChecked: boolean }> {
  const attempts = await db.attempt.findMany({
    where: { userId, questionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { grade: true, createdAt: true, outcome: true },
  });
  // Never empty here: the caller has just written (or found) an attempt on this question.
  const card =
    replayGrades(attempts.map((a) => ({ grade: a.grade, at: a.createdAt }))) ?? newReviewCard(new Date());
  const latest = attempts.at(-1);
  return { ...card, lastGrade: latest?.grade ?? "GOOD", lastChecked: latest?.outcome != null };
}

/**
 * Records one self-graded attempt and reschedules the question.
 *
 * - A retried submit (same user and idempotency key) records nothing and answers with the first
 *   attempt, `duplicate: true`; two identical submits racing each other meet at the unique index,
 *   and the loser answers the same way.
 * - Two tabs grading the same question at once both count, in the order of their times: the
 *   schedule is not updated from the stored row but replayed from every attempt on the question,
 *   under a row lock on the ReviewState, so whichever transaction locks second sees both attempts.
 */
export async function recordAttempt(
  db: DbClient,
  userId: string,
  input: RecordAttemptData,
  now = new Date(),
): Promise<RecordAttemptResult> {
  const duplicate = await findDuplicate(db, userId, input.idempotencyKey);
  if (duplicate) return duplicate;

  const question = await db.question.findFirst({
    where: { slug: input.questionSlug, retiredAt: null },
    select: { id: true },
  });
  if (!question) return NOT_FOUND;
  const questionId = question.id;

  let result: { attemptId: string; review: AttemptReview };
  try {
    result = await db.$transaction(async (tx) => {
      const attempt = await tx.attempt.create({
        data: {
          userId,
          questionId,
          grade: input.grade,
          outcome: input.outcome ?? null,
          runsBefore: input.runsBefore ?? null,
          timeSpentSeconds: input.timeSpentSeconds,
          idempotencyKey: input.idempotencyKey,
          createdAt: now,
        },
        select: { id: true },
      });
      // Make sure the row exists, then lock it. A concurrent insert of the same row waits for
      // ours to commit (and then does nothing), so the lock is taken one transaction at a time.
      const blank = newReviewCard(now);
      await tx.$executeRaw`
        INSERT INTO "ReviewState" ("id", "userId", "questionId", "due", "stability", "difficulty",
          "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state", "lastReview",
          "lastGrade", "version", "updatedAt")
        VALUES (${randomUUID()}, ${userId}, ${questionId}, ${blank.due}, ${blank.stability},
          ${blank.difficulty}, ${blank.elapsedDays}, ${blank.scheduledDays}, ${blank.learningSteps},
          ${blank.reps}, ${blank.lapses}, ${blank.state}, NULL, ${input.grade}::"Grade", 0, ${now})
        ON CONFLICT ("userId", "questionId") DO NOTHING`;
      await tx.$queryRaw`
        SELECT 1 FROM "ReviewState" WHERE "userId" = ${userId} AND "questionId" = ${questionId} FOR UPDATE`;
      // Read after taking the lock: under READ COMMITTED this statement sees every attempt
      // committed by the transactions that held the lock before us, and our own.
      const card = await replayFromLog(tx, userId, questionId);
      const review = await tx.reviewState.update({
        where: { userId_questionId: { userId, questionId } },
        data: { ...card, version: { increment: 1 } },
        select: reviewSelect,
      });
      return { attemptId: attempt.id, review };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findDuplicate(db, userId, input.idempotencyKey);
      if (winner) return winner;
    }
    throw error;
  }

  if (input.timeZone && isValidTimeZone(input.timeZone)) {
    // Outside the transaction, and only when it changed, so grading does not queue on the user row.
    await db.user.updateMany({
      where: { id: userId, timeZone: { not: input.timeZone } },
      data: { timeZone: input.timeZone },
    });
  }
  return { ok: true, attemptId: result.attemptId, duplicate: false, review: result.review };
}

/**
 * The question for a bookmark or note. A retired question (its file was removed) can still have
 * its bookmark or note removed, but gets no new ones.
 */
async function findQuestionId(db: DbClient, slug: string, allowRetired: boolean): Promise<string | null> {
  const question = await db.question.findUnique({ where: { slug }, select: { id: true, retiredAt: true } });
  if (!question || (question.retiredAt && !allowRetired)) return null;
  return question.id;
}

export type MutationResult = { ok: true } | NotFound;

export async function setBookmark(
  db: DbClient,
  userId: string,
  input: { questionSlug: string; bookmarked: boolean },
): Promise<MutationResult> {
  const questionId = await findQuestionId(db, input.questionSlug, !input.bookmarked);
  if (!questionId) return NOT_FOUND;
  if (input.bookmarked) {
    // INSERT … ON CONFLICT DO NOTHING: a double click or a second tab is not an error.
    await db.bookmark.createMany({ data: [{ userId, questionId }], skipDuplicates: true });
  } else {
    await db.bookmark.deleteMany({ where: { userId, questionId } });
  }
  return { ok: true };
}

/** Saves the user's note on a question; an empty (or blank) body deletes it. */
export async function saveNote(
  db: DbClient,
  userId: string,
  input: { questionSlug: string; body: string },
): Promise<MutationResult> {
  const remove = input.body.trim() === "";
  const questionId = await findQuestionId(db, input.questionSlug, remove);
  if (!questionId) return NOT_FOUND;
  if (remove) {
    await db.note.deleteMany({ where: { userId, questionId } });
    return { ok: true };
  }
  const where = { userId_questionId: { userId, questionId } };
  try {
    await db.note.upsert({
      where,
      create: { userId, questionId, body: input.body },
      update: { body: input.body },
      select: { id: true },
    });
  } catch (error) {
    // Two first saves racing: the other created the row, so this one updates it.
    if (!isUniqueViolation(error)) throw error;
    await db.note.update({ where, data: { body: input.body }, select: { id: true } });
  }
  return { ok: true };
}

/** Deletes a note by id, only when it is the user's: someone else's id is simply not found. */
export async function deleteNoteById(db: DbClient, userId: string, noteId: string): Promise<MutationResult> {
  const { count } = await db.note.deleteMany({ where: { id: noteId, userId } });
  return count === 0 ? NOT_FOUND : { ok: true };
}

/** Deletes a bookmark by id, only when it is the user's. */
export async function deleteBookmarkById(
  db: DbClient,
  userId: string,
  bookmarkId: string,
): Promise<MutationResult> {
  const { count } = await db.bookmark.deleteMany({ where: { id: bookmarkId, userId } });
  return count === 0 ? NOT_FOUND : { ok: true };
}

export interface PracticeSettings {
  dailyNewLimit: number;
  hideTags: boolean;
}

export type UpdatePracticeSettingsResult = { ok: true; settings: PracticeSettings } | NotFound;

/** Validated by practiceSettingsSchema first. Not found only when the user no longer exists. */
export async function updatePracticeSettings(
  db: DbClient,
  userId: string,
  input: PracticeSettings,
): Promise<UpdatePracticeSettingsResult> {
  const { count } = await db.user.updateMany({
    where: { id: userId },
    data: { dailyNewLimit: input.dailyNewLimit, hideTags: input.hideTags },
  });
  if (count === 0) return NOT_FOUND;
  return { ok: true, settings: { dailyNewLimit: input.dailyNewLimit, hideTags: input.hideTags } };
}
