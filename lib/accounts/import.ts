import * as z from "zod";

import type { DbClient } from "@/lib/db-client";

import { replayGrades, type GradeName } from "@/lib/progress/scheduling";

import { EXPORT_FORMAT, EXPORT_VERSION } from "./export";

// "Import my data": the file "Export my data" writes, restored into an account that has no
// practice yet (so nothing is merged or overwritten). Questions, skills and roles are matched by
// slug; entries whose question or skill is not in this installation are skipped and counted.

/**
 * Under the 10 MiB a request body may have on its way through proxy.ts (Next.js's
 * proxyClientMaxBodySize), beyond which Next.js would truncate it; years of practice take about 1 MB.
 */
export const IMPORT_MAX_BYTES = 10_000_000;
const MAX_ROWS = 200_000;

const isoDate = z.coerce.date({ error: "must be a date" });
const grade = z.enum(["AGAIN", "HARD", "GOOD", "EASY"]);

export const importFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `is not a ${EXPORT_FORMAT} file` }),
  version: z.literal(EXPORT_VERSION, {
    error: `must be ${EXPORT_VERSION} (this file is from a newer version)`,
  }),
  profile: z.object({
    name: z.string().max(80).nullable(),
    timeZone: z.string().max(64).default("UTC"),
    dailyNewLimit: z.number().int().min(1).max(100).default(10),
    hideTags: z.boolean().default(false),
    onboardedAt: isoDate.nullable().default(null),
    currentRole: z.string().max(100).nullable(),
    targetRole: z.string().max(100).nullable(),
  }),
  selfRatings: z
    .array(
      z.object({
        skill: z.string().max(100),
        rating: z.number().int().min(1).max(5),
        updatedAt: isoDate.optional(),
      }),
    )
    .max(MAX_ROWS),
  attempts: z
    .array(
      z.object({
        question: z.string().max(200),
        grade,
        timeSpentSeconds: z.number().int().min(0).max(86_400).nullable(),
        idempotencyKey: z.string().min(1).max(100),
        createdAt: isoDate,
      }),
    )
    .max(MAX_ROWS),
  reviewSchedules: z
    .array(
      z.object({
        question: z.string().max(200),
        due: isoDate,
        stability: z.number().finite(),
        difficulty: z.number().finite(),
        elapsedDays: z.number().int(),
        scheduledDays: z.number().int(),
        learningSteps: z.number().int(),
        reps: z.number().int().min(0),
        lapses: z.number().int().min(0),
        state: z.number().int().min(0).max(3),
        lastReview: isoDate.nullable(),
      }),
    )
    .max(MAX_ROWS),
  bookmarks: z.array(z.object({ question: z.string().max(200), createdAt: isoDate })).max(MAX_ROWS),
  notes: z
    .array(
      z.object({
        question: z.string().max(200),
        body: z.string().max(20_000),
        createdAt: isoDate,
        updatedAt: isoDate,
      }),
    )
    .max(MAX_ROWS),
});

export type ImportFile = z.infer<typeof importFileSchema>;

export interface ImportCounts {
  selfRatings: number;
  attempts: number;
  reviewSchedules: number;
  bookmarks: number;
  notes: number;
  skipped: number;
}

export type ImportResult =
  | { ok: true; imported: ImportCounts }
  | { ok: false; reason: "not-empty"; message: string }
  | { ok: false; reason: "not-found" };

export async function importAccountData(
  db: DbClient,
  userId: string,
  file: ImportFile,
): Promise<ImportResult> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      _count: {
        select: { attempts: true, reviewStates: true, bookmarks: true, notes: true, assessments: true },
      },
    },
  });
  if (!user) return { ok: false, reason: "not-found" };
  const existing = Object.values(user._count).reduce((sum, count) => sum + count, 0);
  if (existing > 0) {
    return {
      ok: false,
      reason: "not-empty",
      message:
        "Import restores into an account with no practice yet, so nothing is overwritten. This account already has attempts, ratings, bookmarks or notes; import into a new account, or delete this one first.",
    };
  }

  const questionSlugs = new Set([
    ...file.attempts.map((a) => a.question),
    ...file.bookmarks.map((b) => b.question),
    ...file.notes.map((n) => n.question),
  ]);
  const [questions, skills, roles] = await Promise.all([
    db.question.findMany({ where: { slug: { in: [...questionSlugs] } }, select: { id: true, slug: true } }),
    db.skill.findMany({
      where: { slug: { in: file.selfRatings.map((r) => r.skill) } },
      select: { id: true, slug: true },
    }),
    db.role.findMany({
      where: {
        slug: { in: [file.profile.currentRole, file.profile.targetRole].filter((s): s is string => !!s) },
      },
      select: { id: true, slug: true },
    }),
  ]);
  const questionId = new Map(questions.map((q) => [q.slug, q.id]));
  const skillId = new Map(skills.map((s) => [s.slug, s.id]));
  const roleId = new Map(roles.map((r) => [r.slug, r.id]));
  let skipped = 0;
  function known<T extends { question: string }>(rows: T[]): (T & { questionId: string })[] {
    const kept: (T & { questionId: string })[] = [];
    for (const row of rows) {
      const id = questionId.get(row.question);
      if (id) kept.push({ ...row, questionId: id });
      else skipped++;
    }
    return kept;
  }
  const attempts = known(file.attempts);
  // Schedules are rebuilt from the attempts (FSRS without fuzz is deterministic, so they equal the
  // exported ones), which keeps "a schedule exists exactly where there are attempts" true whatever
  // the file says. The file's own schedules are checked for shape only.
  const logs = new Map<string, { grade: GradeName; at: Date }[]>();
  for (const attempt of attempts) {
    const log = logs.get(attempt.questionId) ?? [];
    log.push({ grade: attempt.grade, at: attempt.createdAt });
    logs.set(attempt.questionId, log);
  }
  const schedules = [...logs].map(([questionId, log]) => ({
    questionId,
    ...replayGrades(log)!,
    lastGrade: log.reduce((latest, entry) => (entry.at >= latest.at ? entry : latest)).grade,
    version: log.length,
  }));
  const bookmarks = known(file.bookmarks);
  const notes = known(file.notes);
  const ratings = file.selfRatings.filter((r) => skillId.has(r.skill));
  skipped += file.selfRatings.length - ratings.length;

  await db.$transaction(
    async (tx) => {
      await tx.user.update({
        where: { id: userId },
        data: {
          name: file.profile.name,
          timeZone: file.profile.timeZone,
          dailyNewLimit: file.profile.dailyNewLimit,
          hideTags: file.profile.hideTags,
          onboardedAt: file.profile.onboardedAt,
          currentRoleId: file.profile.currentRole ? (roleId.get(file.profile.currentRole) ?? null) : null,
          targetRoleId: file.profile.targetRole ? (roleId.get(file.profile.targetRole) ?? null) : null,
        },
      });
      await tx.skillAssessment.createMany({
        data: ratings.map((r) => ({
          userId,
          skillId: skillId.get(r.skill)!,
          rating: r.rating,
          updatedAt: r.updatedAt,
        })),
      });
      await tx.attempt.createMany({
        data: attempts.map(({ question: _slug, questionId: id, ...a }) => ({ ...a, userId, questionId: id })),
        skipDuplicates: true,
      });
      await tx.reviewState.createMany({
        data: schedules.map((schedule) => ({ ...schedule, userId })),
        skipDuplicates: true,
      });
      await tx.bookmark.createMany({
        data: bookmarks.map((b) => ({ userId, questionId: b.questionId, createdAt: b.createdAt })),
        skipDuplicates: true,
      });
      await tx.note.createMany({
        data: notes.map((n) => ({
          userId,
          questionId: n.questionId,
          body: n.body,
          createdAt: n.createdAt,
          updatedAt: n.updatedAt,
        })),
        skipDuplicates: true,
      });
    },
    { timeout: 60_000 },
  );

  return {
    ok: true,
    imported: {
      selfRatings: ratings.length,
      attempts: attempts.length,
      reviewSchedules: schedules.length,
      bookmarks: bookmarks.length,
      notes: notes.length,
      skipped,
    },
  };
}
