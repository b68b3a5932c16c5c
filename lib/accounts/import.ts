import "server-only";

import { randomUUID } from "node:crypto";

import type { DbClient } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { yieldToEventLoop } from "@/lib/utils/yield";

import {
  planImport,
  slugsIn,
  type ImportCounts,
  type ImportFile,
  type ImportPlan,
  type KnownIds,
} from "./import-file";

// "Import my data": a parsed file (./import-file.ts) restored into an account that has no practice
// yet, so nothing is merged or overwritten. One transaction under a per-account lock: of several
// imports at once, one runs and the others are told one is running; the emptiness check and the
// writes see the same state. Rows are written in batches with a pause between them, so other
// requests are served while a large file goes in.

export { IMPORT_MAX_ROWS, parseImportFile, type ImportCounts, type ImportFile } from "./import-file";

/**
 * Request bodies pass through proxy.ts whole only up to Next.js's proxyClientMaxBodySize (10 MiB);
 * the import form sends the file gzip-compressed, so exports of 100,000 attempts (about 20 MB of
 * JSON, 2 MB compressed) fit.
 */
export const IMPORT_MAX_BYTES = 10_000_000;
/** The file after decompression: an export of IMPORT_MAX_ROWS attempts with room to spare. */
export const IMPORT_MAX_DECODED_BYTES = 100_000_000;
/** Rows per statement: small enough that building one never holds the event loop for long. */
const BATCH = 250;
/** Attempts go in through one unnest() statement per batch, which costs far less to build. */
const ATTEMPT_BATCH = 2_000;
/** Far beyond what the largest accepted file takes; a stuck import must not hold its lock forever. */
const TRANSACTION_TIMEOUT_MS = 10 * 60_000;

export type ImportResult =
  | { ok: true; imported: ImportCounts }
  | { ok: false; reason: "not-empty" | "busy"; message: string }
  | { ok: false; reason: "not-found" };

const NOT_EMPTY =
  "Import restores into an account with no practice yet, so nothing is overwritten. This account already has attempts, ratings, bookmarks, notes or saved code; import into a new account, or delete this one first.";
const BUSY = "An import into this account is already running; wait for it to finish.";

async function inBatches<T>(
  rows: readonly T[],
  write: (batch: T[]) => Promise<unknown>,
  size = BATCH,
): Promise<void> {
  for (let start = 0; start < rows.length; start += size) {
    await write(rows.slice(start, start + size));
    await yieldToEventLoop();
  }
}

type Tx = Parameters<Parameters<DbClient["$transaction"]>[0]>[0];

/**
 * Attempts, the bulk of a file, as columns through unnest(): Prisma's createMany spends about 0.2
 * ms of JavaScript per row building its statement (10 s for 60,000 attempts, in blocks that stalled
 * other requests); this is a fifth of that. Times travel as UTC instants and are stored as
 * Prisma stores them, in UTC, whatever the session's time zone.
 */
async function insertAttempts(tx: Tx, userId: string, attempts: ImportPlan["attempts"]): Promise<void> {
  await inBatches(
    attempts,
    (batch) => tx.$executeRaw`
      INSERT INTO "Attempt" ("id", "userId", "questionId", "grade", "outcome", "runsBefore", "timeSpentSeconds",
        "idempotencyKey", "createdAt")
      SELECT a.id, ${userId}, a.question_id, a.grade, a.outcome, a.runs_before, a.time_spent, a.key,
        a.created_at AT TIME ZONE 'UTC'
      FROM unnest(
        ${batch.map(() => randomUUID())}::text[],
        ${batch.map((a) => a.questionId)}::text[],
        ${batch.map((a) => a.grade)}::"Grade"[],
        ${batch.map((a) => a.outcome)}::"CheckOutcome"[],
        ${batch.map((a) => a.runsBefore)}::int[],
        ${batch.map((a) => a.timeSpentSeconds)}::int[],
        ${batch.map((a) => a.idempotencyKey)}::text[],
        ${batch.map((a) => a.createdAt.toISOString())}::timestamptz[]
      ) AS a(id, question_id, grade, outcome, runs_before, time_spent, key, created_at)`,
    ATTEMPT_BATCH,
  );
}

/** Mocks with their questions, each linked again to the attempt it became (by the attempt's key). */
async function insertMocks(
  tx: Prisma.TransactionClient,
  userId: string,
  mocks: ImportPlan["mocks"],
): Promise<void> {
  if (mocks.length === 0) return;
  const keys = mocks.flatMap((mock) =>
    mock.questions.map((q) => q.attemptKey).filter((key): key is string => key !== null),
  );
  const attempts = await tx.attempt.findMany({
    where: { userId, idempotencyKey: { in: keys } },
    select: { id: true, idempotencyKey: true },
  });
  const attemptIds = new Map(attempts.map((attempt) => [attempt.idempotencyKey, attempt.id]));
  for (const { questions, ...mock } of mocks) {
    await tx.mock.create({
      data: {
        userId,
        ...mock,
        questions: {
          create: questions.map(({ attemptKey, ...question }) => ({
            ...question,
            attemptId: attemptKey ? (attemptIds.get(attemptKey) ?? null) : null,
          })),
        },
      },
    });
  }
}

export async function importAccountData(
  db: DbClient,
  userId: string,
  file: ImportFile,
): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      // Per account, for this transaction only; another import of the same account gets false.
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(hashtextextended(${`account-import:${userId}`}, 0)) AS "locked"`;
      if (!lock?.locked) return { ok: false, reason: "busy", message: BUSY } as const;
      const user = await tx.user.findUnique({
        where: { id: userId },
        select: {
          _count: {
            select: {
              attempts: true,
              reviewStates: true,
              bookmarks: true,
              notes: true,
              codeDrafts: true,
              assessments: true,
              mocks: true,
            },
          },
        },
      });
      if (!user) return { ok: false, reason: "not-found" } as const;
      if (Object.values(user._count).some((count) => count > 0)) {
        return { ok: false, reason: "not-empty", message: NOT_EMPTY } as const;
      }

      const slugs = slugsIn(file);
      const [questions, skills, roles] = await Promise.all([
        tx.question.findMany({ where: { slug: { in: slugs.questions } }, select: { id: true, slug: true } }),
        tx.skill.findMany({ where: { slug: { in: slugs.skills } }, select: { id: true, slug: true } }),
        tx.role.findMany({ where: { slug: { in: slugs.roles } }, select: { id: true, slug: true } }),
      ]);
      const known: KnownIds = {
        questions: new Map(questions.map((q) => [q.slug, q.id])),
        skills: new Map(skills.map((s) => [s.slug, s.id])),
        roles: new Map(roles.map((r) => [r.slug, r.id])),
      };
      const plan = await planImport(file, known);

      await tx.user.update({ where: { id: userId }, data: plan.profile });
      await inBatches(plan.ratings, (data) =>
        tx.skillAssessment.createMany({ data: data.map((r) => ({ userId, ...r })) }),
      );
      await insertAttempts(tx, userId, plan.attempts);
      await inBatches(plan.schedules, (data) =>
        tx.reviewState.createMany({ data: data.map((s) => ({ userId, ...s })) }),
      );
      await inBatches(plan.bookmarks, (data) =>
        tx.bookmark.createMany({ data: data.map((b) => ({ userId, ...b })) }),
      );
      await inBatches(plan.notes, (data) =>
        tx.note.createMany({ data: data.map((n) => ({ userId, ...n })) }),
      );
      await inBatches(plan.savedCode, (data) =>
        tx.codeDraft.createMany({ data: data.map((c) => ({ userId, ...c })) }),
      );
      await insertMocks(tx, userId, plan.mocks);
      return { ok: true, imported: plan.counts } as const;
    },
    { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
