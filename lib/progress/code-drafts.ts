import "server-only";

import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

// The code a signed-in user last wrote in a question's code panel (issue 13), kept like a note:
// one row per user and question, saved as they type and restored when they come back.

export type CodeDraftResult = { ok: true } | { ok: false; reason: "not-found" };

export async function getCodeDraft(
  db: DbClient,
  userId: string,
  questionSlug: string,
): Promise<string | null> {
  const draft = await db.codeDraft.findFirst({
    where: { userId, question: { slug: questionSlug } },
    select: { code: true },
  });
  return draft?.code ?? null;
}

/** Saves the code; "" deletes it (the panel then shows the question's starter again). */
export async function saveCodeDraft(
  db: DbClient,
  userId: string,
  input: { questionSlug: string; code: string },
): Promise<CodeDraftResult> {
  const question = await db.question.findFirst({
    where: { slug: input.questionSlug, retiredAt: null },
    select: { id: true },
  });
  if (!question) return { ok: false, reason: "not-found" };
  const questionId = question.id;
  if (input.code === "") {
    await db.codeDraft.deleteMany({ where: { userId, questionId } });
    return { ok: true };
  }
  const where = { userId_questionId: { userId, questionId } };
  try {
    await db.codeDraft.upsert({
      where,
      create: { userId, questionId, code: input.code },
      update: { code: input.code },
      select: { id: true },
    });
  } catch (error) {
    // Two first saves racing: the other created the row, so this one updates it.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    await db.codeDraft.update({ where, data: { code: input.code }, select: { id: true } });
  }
  return { ok: true };
}
