import "server-only";

import type { DbClient } from "@/lib/db-client";
import { reviewCardSelect } from "@/lib/progress/progress-queries";

// "Export my data": everything of the user's as one JSON document. Questions, skills and roles are
// referred to by slug, so the file means something on its own and can be imported into another
// account or another installation. Secrets (the password hash, OAuth tokens) are never included.

export const EXPORT_FORMAT = "gradient-prep-export";
export const EXPORT_VERSION = 1;

export async function buildAccountExport(db: DbClient, userId: string, now = new Date()) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      name: true,
      email: true,
      createdAt: true,
      timeZone: true,
      dailyNewLimit: true,
      hideTags: true,
      onboardedAt: true,
      currentRole: { select: { slug: true } },
      targetRole: { select: { slug: true } },
      accounts: { select: { provider: true } },
      assessments: { select: { rating: true, updatedAt: true, skill: { select: { slug: true } } } },
      attempts: {
        // Keys the import keeps, so an export of an import lists rows in the same order.
        orderBy: [{ createdAt: "asc" }, { idempotencyKey: "asc" }],
        select: {
          grade: true,
          outcome: true,
          runsBefore: true,
          timeSpentSeconds: true,
          idempotencyKey: true,
          createdAt: true,
          question: { select: { slug: true } },
        },
      },
      reviewStates: {
        orderBy: [{ due: "asc" }, { question: { slug: "asc" } }],
        select: { ...reviewCardSelect, question: { select: { slug: true } } },
      },
      bookmarks: {
        orderBy: [{ createdAt: "asc" }, { question: { slug: "asc" } }],
        select: { createdAt: true, question: { select: { slug: true } } },
      },
      codeDrafts: {
        orderBy: [{ updatedAt: "asc" }, { question: { slug: "asc" } }],
        select: { code: true, updatedAt: true, question: { select: { slug: true } } },
      },
      notes: {
        orderBy: [{ createdAt: "asc" }, { question: { slug: "asc" } }],
        select: { body: true, createdAt: true, updatedAt: true, question: { select: { slug: true } } },
      },
      // The share link's token is not exported: it is a key to the report, not data.
      mocks: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          format: true,
          lengthMinutes: true,
          practiceMode: true,
          hideTags: true,
          startedAt: true,
          pausedAt: true,
          pausedMs: true,
          status: true,
          answeringEndedAt: true,
          scoredAt: true,
          score: true,
          createdAt: true,
          questions: {
            orderBy: { position: "asc" },
            select: {
              position: true,
              round: true,
              allottedSeconds: true,
              startedAt: true,
              endedAt: true,
              timedOut: true,
              answer: true,
              outcome: true,
              metCriteria: true,
              score: true,
              question: { select: { slug: true } },
              attempt: { select: { idempotencyKey: true } },
            },
          },
        },
      },
    },
  });
  if (!user) return null;
  const {
    currentRole,
    targetRole,
    accounts,
    assessments,
    attempts,
    reviewStates,
    bookmarks,
    notes,
    codeDrafts,
    mocks,
    ...profile
  } = user;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    profile: {
      ...profile,
      currentRole: currentRole?.slug ?? null,
      targetRole: targetRole?.slug ?? null,
      signInProviders: accounts.map((account) => account.provider),
    },
    selfRatings: assessments.map(({ skill, ...rest }) => ({ skill: skill.slug, ...rest })),
    attempts: attempts.map(({ question, ...rest }) => ({ question: question.slug, ...rest })),
    reviewSchedules: reviewStates.map(({ question, ...rest }) => ({ question: question.slug, ...rest })),
    bookmarks: bookmarks.map(({ question, ...rest }) => ({ question: question.slug, ...rest })),
    notes: notes.map(({ question, ...rest }) => ({ question: question.slug, ...rest })),
    /** The code last written in each question's code panel. */
    savedCode: codeDrafts.map(({ question, ...rest }) => ({ question: question.slug, ...rest })),
    /** Mock interviews, each question with its answer, rubric ticks and the attempt it became. */
    mocks: mocks.map(({ questions, ...mock }) => ({
      ...mock,
      questions: questions.map(({ question, attempt, ...rest }) => ({
        question: question.slug,
        ...rest,
        attemptKey: attempt?.idempotencyKey ?? null,
      })),
    })),
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof buildAccountExport>>>;
