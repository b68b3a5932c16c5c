import "server-only";

import * as z from "zod";

import { MOCK_FORMAT_IDS } from "@/lib/mock/formats";
import { DAILY_NEW_LIMIT_DEFAULT, MOCK_ANSWER_MAX_LENGTH } from "@/lib/progress/limits";
import { replayGrades, type GradeName, type ReviewCard } from "@/lib/progress/scheduling";
import {
  dailyNewLimitSchema,
  gradeSchema,
  idempotencyKeySchema,
  codeSchema,
  noteBodySchema,
  outcomeSchema,
  questionSlugSchema,
  runsBeforeSchema,
  timeSpentSchema,
  timeZoneSchema,
} from "@/lib/progress/validations";
import { storedDateSchema } from "@/lib/validation/dates";
import { isCleanText } from "@/lib/validation/text";
import { yieldToEventLoop } from "@/lib/utils/yield";

import { EXPORT_FORMAT, EXPORT_VERSION } from "./export";
import { skillSlugSchema } from "./self-ratings";
import { nameSchema, roleSlugSchema } from "./validations";

// The file "Export my data" writes, read back (issue 12): every field parsed by the same schema the
// forms and the API use, dates only in the span the app can have seen, duplicates merged and
// counted. Rows are parsed in chunks with a pause between them, so a file of 100,000 attempts does
// not hold up other requests. Pure apart from those pauses; lib/accounts/import.ts writes the result.

/** Rows of one kind in a file; far above years of daily practice (about 2,000 attempts a year). */
export const IMPORT_MAX_ROWS = 200_000;
const CHUNK = 500;
/** Problems reported per file: enough to fix a file, not a wall of text. */
const MAX_REPORTED_PROBLEMS = 10;

const storedDate = storedDateSchema();

const profileSchema = z.object({
  name: nameSchema.nullable().default(null),
  timeZone: timeZoneSchema.default("UTC"),
  dailyNewLimit: dailyNewLimitSchema.default(DAILY_NEW_LIMIT_DEFAULT),
  hideTags: z.boolean({ error: "must be true or false" }).default(false),
  onboardedAt: storedDate.nullable().default(null),
  currentRole: roleSlugSchema.nullable().default(null),
  targetRole: roleSlugSchema.nullable().default(null),
});

const rowSchemas = {
  selfRatings: z.object({
    skill: skillSlugSchema,
    rating: z.number({ error: "must be a whole number from 1 to 5" }).int().min(1).max(5),
    updatedAt: storedDate.optional(),
  }),
  attempts: z.object({
    question: questionSlugSchema,
    grade: gradeSchema,
    outcome: outcomeSchema.nullable().default(null),
    runsBefore: runsBeforeSchema.nullable().default(null),
    timeSpentSeconds: timeSpentSchema.default(null),
    idempotencyKey: idempotencyKeySchema,
    createdAt: storedDate,
  }),
  bookmarks: z.object({ question: questionSlugSchema, createdAt: storedDate }),
  notes: z.object({
    question: questionSlugSchema,
    body: noteBodySchema,
    createdAt: storedDate,
    updatedAt: storedDate,
  }),
  savedCode: z.object({ question: questionSlugSchema, code: codeSchema, updatedAt: storedDate }),
  mocks: z.object({
    format: z.enum(MOCK_FORMAT_IDS, { error: "is not a mock format this version knows" }),
    lengthMinutes: z.union([z.literal(30), z.literal(45), z.literal(60)], { error: "must be 30, 45 or 60" }),
    practiceMode: z.boolean(),
    hideTags: z.boolean(),
    startedAt: storedDate,
    pausedAt: storedDate.nullable().default(null),
    pausedMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400_000)
      .default(0),
    status: z.enum(["active", "scoring", "done"]),
    answeringEndedAt: storedDate.nullable().default(null),
    scoredAt: storedDate.nullable().default(null),
    score: z.number().min(0).max(1).nullable().default(null),
    createdAt: storedDate,
    questions: z
      .array(
        z.object({
          question: questionSlugSchema,
          position: z.number().int().min(0).max(100),
          round: z
            .string()
            .trim()
            .min(1)
            .max(100)
            .refine((value) => isCleanText(value), "must not contain control characters"),
          allottedSeconds: z.number().int().min(1).max(3_600),
          startedAt: storedDate.nullable().default(null),
          endedAt: storedDate.nullable().default(null),
          timedOut: z.boolean().default(false),
          answer: z
            .string()
            .max(
              MOCK_ANSWER_MAX_LENGTH,
              `is longer than ${MOCK_ANSWER_MAX_LENGTH.toLocaleString("en-US")} characters`,
            )
            .refine((value) => isCleanText(value, { multiline: true }), "must not contain control characters")
            .default(""),
          outcome: outcomeSchema.nullable().default(null),
          metCriteria: z.array(z.number().int().min(0).max(20)).max(20).default([]),
          score: z.number().min(0).max(1).nullable().default(null),
          attemptKey: idempotencyKeySchema.nullable().default(null),
        }),
      )
      .min(1)
      .max(20),
  }),
};

type RowKind = keyof typeof rowSchemas;
type Row<K extends RowKind> = z.infer<(typeof rowSchemas)[K]>;

const rows = z
  .array(z.unknown())
  .max(IMPORT_MAX_ROWS, `has more than ${IMPORT_MAX_ROWS.toLocaleString("en-US")} entries`);

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT, { error: `is not a ${EXPORT_FORMAT} file` }),
  version: z.literal(EXPORT_VERSION, {
    error: `must be ${EXPORT_VERSION} (this file is from a newer version)`,
  }),
  profile: profileSchema,
  selfRatings: rows.default([]),
  attempts: rows.default([]),
  // Schedules are rebuilt from the attempts (below), so the file's own are not read.
  reviewSchedules: rows.default([]),
  bookmarks: rows.default([]),
  notes: rows.default([]),
  savedCode: rows.default([]),
  mocks: rows.default([]),
});

export interface ImportFile {
  profile: z.infer<typeof profileSchema>;
  selfRatings: Row<"selfRatings">[];
  attempts: Row<"attempts">[];
  bookmarks: Row<"bookmarks">[];
  notes: Row<"notes">[];
  savedCode: Row<"savedCode">[];
  mocks: Row<"mocks">[];
}

export type ParseImportResult =
  { ok: true; file: ImportFile } | { ok: false; fieldErrors: Record<string, string> };

function record(fieldErrors: Record<string, string>, issues: z.core.$ZodIssue[], prefix: PropertyKey[]) {
  for (const issue of issues) {
    if (Object.keys(fieldErrors).length >= MAX_REPORTED_PROBLEMS) return;
    const field = [...prefix, ...issue.path].map(String).join(".") || "file";
    fieldErrors[field] ??= issue.message;
  }
}

/** Parses a file (already read as JSON) in chunks; the problems name the field, e.g. "attempts.12.createdAt". */
export async function parseImportFile(json: unknown): Promise<ParseImportResult> {
  const fieldErrors: Record<string, string> = {};
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    record(fieldErrors, envelope.error.issues, []);
    return { ok: false, fieldErrors };
  }
  const parsedRows = async <K extends RowKind>(kind: K): Promise<Row<K>[]> => {
    const items = envelope.data[kind];
    const parsed: Row<K>[] = [];
    for (let start = 0; start < items.length; start += CHUNK) {
      for (let i = start; i < Math.min(items.length, start + CHUNK); i++) {
        const result = rowSchemas[kind].safeParse(items[i]);
        if (result.success) parsed.push(result.data as Row<K>);
        else record(fieldErrors, result.error.issues, [kind, i]);
      }
      await yieldToEventLoop();
    }
    return parsed;
  };
  const file: ImportFile = {
    profile: envelope.data.profile,
    selfRatings: await parsedRows("selfRatings"),
    attempts: await parsedRows("attempts"),
    bookmarks: await parsedRows("bookmarks"),
    notes: await parsedRows("notes"),
    savedCode: await parsedRows("savedCode"),
    mocks: await parsedRows("mocks"),
  };
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, file };
}

/** What this installation knows of the slugs a file names. */
export interface KnownIds {
  questions: ReadonlyMap<string, string>;
  skills: ReadonlyMap<string, string>;
  roles: ReadonlyMap<string, string>;
}

export interface ImportCounts {
  selfRatings: number;
  attempts: number;
  reviewSchedules: number;
  bookmarks: number;
  notes: number;
  savedCode: number;
  mocks: number;
  /** Entries for questions, skills or roles this installation does not have. */
  skipped: number;
  /** Entries that repeat another (an attempt's key, a bookmark, a note or a rating twice): merged. */
  duplicates: number;
}

export interface ImportPlan {
  profile: Omit<ImportFile["profile"], "currentRole" | "targetRole"> & {
    currentRoleId: string | null;
    targetRoleId: string | null;
  };
  ratings: { skillId: string; rating: number; updatedAt: Date | undefined }[];
  attempts: (Omit<Row<"attempts">, "question"> & { questionId: string })[];
  schedules: (ReviewCard & {
    questionId: string;
    lastGrade: GradeName;
    lastChecked: boolean;
    version: number;
  })[];
  bookmarks: { questionId: string; createdAt: Date }[];
  notes: { questionId: string; body: string; createdAt: Date; updatedAt: Date }[];
  savedCode: { questionId: string; code: string; updatedAt: Date }[];
  mocks: (Omit<Row<"mocks">, "questions"> & {
    questions: (Omit<Row<"mocks">["questions"][number], "question"> & { questionId: string })[];
  })[];
  /** What will be stored: the counts the person is told. */
  counts: ImportCounts;
}

/** One entry per key, the later one winning (a rating or note edited later), with the repeats counted. */
function lastPerKey<T>(items: readonly T[], key: (item: T) => string): { kept: T[]; repeats: number } {
  const byKey = new Map<string, T>();
  for (const item of items) byKey.set(key(item), item);
  return { kept: [...byKey.values()], repeats: items.length - byKey.size };
}

/**
 * Matches slugs to this installation, merges duplicates and rebuilds the review schedules from the
 * attempts (FSRS without fuzz is deterministic, so they equal the exported ones), which keeps "a
 * schedule exists exactly where there are attempts" true whatever the file says.
 */
export async function planImport(file: ImportFile, known: KnownIds): Promise<ImportPlan> {
  let skipped = 0;
  const withQuestion = <T extends { question: string }>(items: readonly T[]) =>
    items.flatMap(({ question, ...rest }) => {
      const questionId = known.questions.get(question);
      if (!questionId) {
        skipped++;
        return [];
      }
      return [{ ...rest, questionId }];
    });

  // An attempt's key is unique per user; a key seen twice is the same attempt (the first is kept).
  const attemptsByKey = new Map<string, ImportPlan["attempts"][number]>();
  const knownAttempts = withQuestion(file.attempts);
  for (const attempt of knownAttempts)
    if (!attemptsByKey.has(attempt.idempotencyKey)) attemptsByKey.set(attempt.idempotencyKey, attempt);
  const attempts = [...attemptsByKey.values()];
  let duplicates = knownAttempts.length - attempts.length;

  const bookmarks = lastPerKey(withQuestion(file.bookmarks), (b) => b.questionId);
  // An empty note is no note (saving one deletes it), so exports never hold one; a file might.
  const written = file.notes.filter((n) => n.body.trim() !== "");
  skipped += file.notes.length - written.length;
  const notes = lastPerKey(
    [...withQuestion(written)].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()),
    (n) => n.questionId,
  );
  // Saved code of "" is no saved code (the panel shows the starter), as for notes.
  const writtenCode = file.savedCode.filter((c) => c.code.trim() !== "");
  skipped += file.savedCode.length - writtenCode.length;
  const savedCode = lastPerKey(
    [...withQuestion(writtenCode)].sort((a, b) => a.updatedAt.getTime() - b.updatedAt.getTime()),
    (c) => c.questionId,
  );
  const knownRatings = file.selfRatings.filter((r) => known.skills.has(r.skill));
  skipped += file.selfRatings.length - knownRatings.length;
  const ratings = lastPerKey(knownRatings, (r) => r.skill);
  duplicates += bookmarks.repeats + notes.repeats + savedCode.repeats + ratings.repeats;

  const logs = new Map<string, { grade: GradeName; at: Date; checked: boolean }[]>();
  for (const attempt of attempts) {
    const log = logs.get(attempt.questionId) ?? [];
    log.push({ grade: attempt.grade, at: attempt.createdAt, checked: attempt.outcome !== null });
    logs.set(attempt.questionId, log);
  }
  const schedules: ImportPlan["schedules"] = [];
  let replayed = 0;
  for (const [questionId, log] of logs) {
    log.sort((a, b) => a.at.getTime() - b.at.getTime());
    const latest = log.at(-1)!;
    schedules.push({
      questionId,
      ...replayGrades(log)!,
      lastGrade: latest.grade,
      lastChecked: latest.checked,
      version: log.length,
    });
    replayed += log.length;
    if (replayed >= CHUNK) {
      replayed = 0;
      await yieldToEventLoop();
    }
  }

  const roleId = (slug: string | null) => {
    if (slug === null) return null;
    const id = known.roles.get(slug);
    if (!id) skipped++;
    return id ?? null;
  };
  // A mock is kept whole or not at all: one of its questions unknown here skips the mock.
  const mocks: ImportPlan["mocks"] = file.mocks.flatMap((mock) => {
    const questions = mock.questions.map(({ question, ...rest }) => {
      const questionId = known.questions.get(question);
      return questionId ? { ...rest, questionId } : null;
    });
    if (questions.some((question) => question === null)) {
      skipped++;
      return [];
    }
    return [{ ...mock, questions: questions.filter((question) => question !== null) }];
  });

  const { currentRole, targetRole, ...profile } = file.profile;
  const plan: ImportPlan = {
    profile: { ...profile, currentRoleId: roleId(currentRole), targetRoleId: roleId(targetRole) },
    ratings: ratings.kept.map((r) => ({
      skillId: known.skills.get(r.skill)!,
      rating: r.rating,
      updatedAt: r.updatedAt,
    })),
    attempts,
    schedules,
    bookmarks: bookmarks.kept.map(({ questionId, createdAt }) => ({ questionId, createdAt })),
    notes: notes.kept,
    savedCode: savedCode.kept,
    mocks,
    counts: {
      selfRatings: ratings.kept.length,
      attempts: attempts.length,
      reviewSchedules: schedules.length,
      bookmarks: bookmarks.kept.length,
      notes: notes.kept.length,
      savedCode: savedCode.kept.length,
      mocks: mocks.length,
      skipped,
      duplicates,
    },
  };
  return plan;
}

/** The slugs a file names, for looking up their ids. */
export function slugsIn(file: ImportFile): { questions: string[]; skills: string[]; roles: string[] } {
  const questions = new Set<string>();
  for (const rows of [
    file.attempts,
    file.bookmarks,
    file.notes,
    file.savedCode,
    file.mocks.flatMap((m) => m.questions),
  ])
    for (const row of rows) questions.add(row.question);
  return {
    questions: [...questions],
    skills: [...new Set(file.selfRatings.map((r) => r.skill))],
    roles: [file.profile.currentRole, file.profile.targetRole].filter((s): s is string => s !== null),
  };
}
