import "server-only";

import { randomBytes } from "node:crypto";

import type { DbClient } from "@/lib/db-client";
import { recordAttempt } from "@/lib/progress/attempts";
import { MOCK_ANSWER_MAX_LENGTH } from "@/lib/progress/limits";
import { kindFromDb } from "@/lib/questions/enums";
import { getPracticePriority } from "@/lib/recommendations/plan-queries";
import type { Difficulty } from "@/lib/recommendations/model";
import type { RunnerSpec } from "@/lib/runner/runner-spec";

import { advanceClock, resumeShift, timeLeft, type ClockMock } from "./clock";
import { formatById, roundSlots, splitTime, type MockFormatId, type MockLength } from "./formats";
import {
  gradeForShare,
  overallScore,
  questionPoints,
  scoresBySkill,
  share,
  type RubricCriterion,
} from "./scoring";
import { chooseMockQuestions, type MockCandidate } from "./select";

// Mock interviews in the database (issue 16). Every read first brings the rows up to date with the
// clock (lib/mock/clock.ts): a question whose time ran out while no one looked is ended, timed out,
// at its own deadline, so a closed tab or a restart loses nothing and needs no background job.
// Every function takes the user's id and touches only that user's mocks: another user's id is
// "not found", exactly like an id that does not exist.

export const ANSWER_MAX_LENGTH = MOCK_ANSWER_MAX_LENGTH;

const CHECKED_KINDS = new Set(["sql", "coding"]);

type Status = "active" | "scoring" | "done";

export type CreateMockResult =
  | { ok: true; mockId: string }
  | { ok: false; reason: "active"; mockId: string }
  | { ok: false; reason: "no-questions"; round: string };

async function loadCandidates(db: DbClient, userId: string, kinds: string[]): Promise<MockCandidate[]> {
  const rows = await db.$queryRaw<
    { id: string; kind: string; difficulty: string; skills: string[] | null; lastReview: Date | null }[]
  >`
    SELECT q."id", q."kind"::text AS kind, q."difficulty"::text AS difficulty,
      (SELECT array_agg(s."slug" ORDER BY qs."primary" DESC, s."slug")
         FROM "QuestionSkill" qs JOIN "Skill" s ON s."id" = qs."skillId" WHERE qs."questionId" = q."id") AS skills,
      r."lastReview"
    FROM "Question" q
    LEFT JOIN "ReviewState" r ON r."userId" = ${userId} AND r."questionId" = q."id"
    WHERE q."retiredAt" IS NULL AND q."kind"::text = ANY(${kinds})`;
  return rows.map((row) => ({
    id: row.id,
    kind: kindFromDb(row.kind),
    difficulty: row.difficulty as Difficulty,
    skills: row.skills ?? [],
    lastAttemptAt: row.lastReview,
  }));
}

export async function createMock(
  db: DbClient,
  userId: string,
  input: { format: MockFormatId; lengthMinutes: MockLength; practiceMode: boolean; hideTags: boolean },
  now = new Date(),
  seed = Math.floor(Math.random() * 2 ** 31),
): Promise<CreateMockResult> {
  const active = await db.mock.findFirst({ where: { userId, status: "active" }, select: { id: true } });
  if (active) return { ok: false, reason: "active", mockId: active.id };
  const format = formatById(input.format)!;
  const slots = roundSlots(format, input.lengthMinutes);
  const kinds = [...new Set(slots.flatMap((round) => round.kinds))].map((kind) =>
    kind.toUpperCase().replaceAll("-", "_"),
  );
  const [priorities, candidates] = await Promise.all([
    getPracticePriority(db, userId, now),
    loadCandidates(db, userId, kinds),
  ]);
  const chosen = chooseMockQuestions({ slots, candidates, priorities, now, seed });
  const missing = chosen.findIndex((choice) => choice === null);
  if (missing !== -1) return { ok: false, reason: "no-questions", round: slots[missing]!.label };
  const picks = chosen.filter((choice) => choice !== null);
  const seconds = splitTime(
    input.lengthMinutes,
    picks.map((pick) => pick.question.kind),
  );
  const mock = await db.mock.create({
    data: {
      userId,
      format: format.id,
      lengthMinutes: input.lengthMinutes,
      practiceMode: input.practiceMode,
      hideTags: input.hideTags,
      startedAt: now,
      questions: {
        create: picks.map((pick, position) => ({
          position,
          questionId: pick.question.id,
          round: pick.round.label,
          allottedSeconds: seconds[position]!,
          startedAt: position === 0 ? now : null,
        })),
      },
    },
    select: { id: true },
  });
  return { ok: true, mockId: mock.id };
}

const mockQuestionSelect = {
  id: true,
  position: true,
  round: true,
  allottedSeconds: true,
  startedAt: true,
  endedAt: true,
  timedOut: true,
  answer: true,
  revision: true,
  outcome: true,
  metCriteria: true,
  score: true,
  questionId: true,
  question: {
    select: {
      slug: true,
      title: true,
      kind: true,
      difficulty: true,
      prompt: true,
      answer: true,
      rubric: true,
      runner: true,
      skills: {
        orderBy: { primary: "desc" as const },
        select: { skill: { select: { slug: true, name: true } } },
      },
    },
  },
} as const;

async function readMock(db: DbClient, userId: string, mockId: string) {
  if (typeof mockId !== "string" || mockId.length > 64) return null;
  return db.mock.findFirst({
    where: { id: mockId, userId },
    include: { questions: { orderBy: { position: "asc" }, select: mockQuestionSelect } },
  });
}

type MockRow = NonNullable<Awaited<ReturnType<typeof readMock>>>;

function clockOf(mock: MockRow): ClockMock {
  return {
    startedAt: mock.startedAt,
    lengthMinutes: mock.lengthMinutes,
    pausedAt: mock.pausedAt,
    pausedMs: mock.pausedMs,
    questions: mock.questions,
  };
}

/** The code last saved for a question since it came up: a checked question's answer when none was sent. */
async function codeSince(
  db: DbClient,
  userId: string,
  questionId: string,
  since: Date | null,
): Promise<string | null> {
  const draft = await db.codeDraft.findUnique({
    where: { userId_questionId: { userId, questionId } },
    select: { code: true, updatedAt: true },
  });
  return draft && (!since || draft.updatedAt >= since) ? draft.code.slice(0, ANSWER_MAX_LENGTH) : null;
}

/** Writes what the clock says happened since the last read; returns the rows as they now stand. */
async function bringUpToDate(db: DbClient, userId: string, mock: MockRow, now: Date): Promise<MockRow> {
  if (mock.status !== "active") return mock;
  const advance = advanceClock(clockOf(mock), now);
  const writes: Promise<unknown>[] = [];
  for (const { index, startedAt, endedAt } of advance.timedOut) {
    const question = mock.questions[index]!;
    const checked = CHECKED_KINDS.has(kindFromDb(question.question.kind));
    const code =
      checked && !question.answer
        ? await codeSince(db, userId, question.questionId, question.startedAt)
        : null;
    writes.push(
      db.mockQuestion.updateMany({
        where: { id: question.id, endedAt: null },
        data: {
          endedAt,
          timedOut: true,
          startedAt,
          ...(code !== null ? { answer: code } : {}),
        },
      }),
    );
  }
  if (advance.current && !mock.questions[advance.current.index]!.startedAt) {
    writes.push(
      db.mockQuestion.updateMany({
        where: { id: mock.questions[advance.current.index]!.id, startedAt: null },
        data: { startedAt: advance.current.startedAt },
      }),
    );
  }
  if (advance.over) {
    writes.push(
      db.mock.updateMany({
        where: { id: mock.id, status: "active" },
        data: { status: "scoring", answeringEndedAt: advance.endedAt, pausedAt: null },
      }),
    );
  }
  if (writes.length === 0) return mock;
  await Promise.all(writes);
  return (await readMock(db, userId, mock.id))!;
}

export interface MockQuestionView {
  position: number;
  round: string;
  slug: string;
  title: string;
  kind: ReturnType<typeof kindFromDb>;
  difficulty: string;
  skills: { slug: string; name: string }[];
  prompt: string;
  runner: RunnerSpec | null;
  answer: string;
  revision: number;
  allottedSeconds: number;
  timedOut: boolean;
  /** Seconds from coming up to being left (or to now, for the one on screen). */
  secondsUsed: number | null;
}

export interface MockView {
  id: string;
  format: { id: string; name: string };
  lengthMinutes: number;
  practiceMode: boolean;
  hideTags: boolean;
  status: Status;
  paused: boolean;
  createdAt: Date;
  score: number | null;
  questionCount: number;
  /** The question on screen, while answering. */
  current:
    | (MockQuestionView & {
        questionDeadline: Date;
        mockDeadline: Date;
        questionSecondsLeft: number;
        mockSecondsLeft: number;
      })
    | null;
  shareToken: string | null;
}

function questionView(question: MockRow["questions"][number], now: Date): MockQuestionView {
  const end = question.endedAt ?? (question.startedAt ? now : null);
  return {
    position: question.position,
    round: question.round,
    slug: question.question.slug,
    title: question.question.title,
    kind: kindFromDb(question.question.kind),
    difficulty: question.question.difficulty,
    skills: question.question.skills.map(({ skill }) => skill),
    prompt: question.question.prompt,
    runner: question.question.runner as RunnerSpec | null,
    answer: question.answer,
    revision: question.revision,
    allottedSeconds: question.allottedSeconds,
    timedOut: question.timedOut,
    secondsUsed:
      question.startedAt && end
        ? Math.max(0, Math.round((end.getTime() - question.startedAt.getTime()) / 1000))
        : null,
  };
}

function toView(mock: MockRow, now: Date): MockView {
  const format = formatById(mock.format);
  const advance = mock.status === "active" ? advanceClock(clockOf(mock), now) : null;
  let current: MockView["current"] = null;
  if (advance?.current) {
    const left = timeLeft(clockOf(mock), advance.current, now);
    current = {
      ...questionView(mock.questions[advance.current.index]!, now),
      questionDeadline: left.questionDeadline,
      mockDeadline: left.mockDeadline,
      questionSecondsLeft: left.questionSeconds,
      mockSecondsLeft: left.mockSeconds,
    };
  }
  return {
    id: mock.id,
    format: { id: mock.format, name: format?.name ?? mock.format },
    lengthMinutes: mock.lengthMinutes,
    practiceMode: mock.practiceMode,
    hideTags: mock.hideTags,
    status: mock.status as Status,
    paused: mock.pausedAt !== null,
    createdAt: mock.createdAt,
    score: mock.score,
    questionCount: mock.questions.length,
    current,
    shareToken: mock.shareToken,
  };
}

export type SaveAnswerResult =
  | { ok: true; revision: number; overwroteOtherTab: boolean }
  | { ok: false; reason: "not-found" | "moved-on" | "too-long" | "paused" };

/**
 * Saves the answer of the question on screen. Two tabs may both save: the last save wins, and a
 * save made from an older revision is told it replaced another tab's.
 */
export async function saveAnswer(
  db: DbClient,
  userId: string,
  input: { mockId: string; position: number; answer: string; baseRevision: number },
  now = new Date(),
): Promise<SaveAnswerResult> {
  if (input.answer.length > ANSWER_MAX_LENGTH) return { ok: false, reason: "too-long" };
  const found = await readMock(db, userId, input.mockId);
  if (!found) return { ok: false, reason: "not-found" };
  const mock = await bringUpToDate(db, userId, found, now);
  if (mock.pausedAt) return { ok: false, reason: "paused" };
  const current = mock.status === "active" ? advanceClock(clockOf(mock), now).current : null;
  if (!current || current.index !== input.position) return { ok: false, reason: "moved-on" };
  const question = mock.questions[current.index]!;
  const updated = await db.mockQuestion.update({
    where: { id: question.id },
    data: { answer: input.answer, revision: { increment: 1 } },
    select: { revision: true },
  });
  return {
    ok: true,
    revision: updated.revision,
    overwroteOtherTab: updated.revision - 1 !== input.baseRevision,
  };
}

export type MoveOnResult = { ok: true; status: Status } | { ok: false; reason: "not-found" | "too-long" };

/**
 * Leaves the question on screen (answered, or "finish now" for every question left), saving the
 * answer and, for SQL and coding, the check's result; the next question comes up now.
 */
export async function moveOn(
  db: DbClient,
  userId: string,
  input: {
    mockId: string;
    position: number;
    answer: string | null;
    outcome: "PASSED" | "FAILED" | null;
    finishAll: boolean;
  },
  now = new Date(),
): Promise<MoveOnResult> {
  if (input.answer !== null && input.answer.length > ANSWER_MAX_LENGTH)
    return { ok: false, reason: "too-long" };
  const found = await readMock(db, userId, input.mockId);
  if (!found) return { ok: false, reason: "not-found" };
  const mock = await bringUpToDate(db, userId, found, now);
  const current = mock.status === "active" ? advanceClock(clockOf(mock), now).current : null;
  // Already moved on (the other tab, or the clock): nothing to do but show where it stands.
  if (!current || current.index !== input.position || mock.pausedAt)
    return { ok: true, status: mock.status as Status };
  const question = mock.questions[current.index]!;
  const checked = CHECKED_KINDS.has(kindFromDb(question.question.kind));
  const answer =
    input.answer ?? (checked ? await codeSince(db, userId, question.questionId, question.startedAt) : null);
  const last = input.finishAll || current.index === mock.questions.length - 1;
  await db.$transaction(async (tx) => {
    const { count } = await tx.mockQuestion.updateMany({
      where: { id: question.id, endedAt: null },
      data: {
        endedAt: now,
        ...(answer !== null ? { answer, revision: { increment: 1 } } : {}),
        ...(checked && input.outcome ? { outcome: input.outcome } : {}),
      },
    });
    if (count !== 1) return;
    if (last) {
      // Questions never reached end now, unanswered (not timed out: the person chose to finish).
      await tx.mockQuestion.updateMany({
        where: { mockId: mock.id, endedAt: null },
        data: { endedAt: now },
      });
      await tx.mockQuestion.updateMany({
        where: { mockId: mock.id, startedAt: null },
        data: { startedAt: now },
      });
      await tx.mock.updateMany({
        where: { id: mock.id, status: "active" },
        data: { status: "scoring", answeringEndedAt: now },
      });
    } else {
      await tx.mockQuestion.updateMany({
        where: { mockId: mock.id, position: current.index + 1, startedAt: null },
        data: { startedAt: now },
      });
    }
  });
  return { ok: true, status: last ? "scoring" : "active" };
}

export type PauseResult = { ok: true } | { ok: false; reason: "not-found" | "not-practice" | "not-active" };

/** Practice mode only: stops both clocks, or starts them again from where they stood. */
export async function setPaused(
  db: DbClient,
  userId: string,
  input: { mockId: string; paused: boolean },
  now = new Date(),
): Promise<PauseResult> {
  const found = await readMock(db, userId, input.mockId);
  if (!found) return { ok: false, reason: "not-found" };
  if (!found.practiceMode) return { ok: false, reason: "not-practice" };
  const mock = await bringUpToDate(db, userId, found, now);
  if (mock.status !== "active") return { ok: false, reason: "not-active" };
  if (input.paused && !mock.pausedAt) {
    await db.mock.updateMany({ where: { id: mock.id, pausedAt: null }, data: { pausedAt: now } });
  }
  if (!input.paused && mock.pausedAt) {
    const shift = resumeShift(mock.pausedAt, now);
    const current = advanceClock(clockOf(mock), now).current;
    await db.$transaction(async (tx) => {
      const { count } = await tx.mock.updateMany({
        where: { id: mock.id, pausedAt: mock.pausedAt },
        data: { pausedAt: null, pausedMs: { increment: shift } },
      });
      if (count === 1 && current) {
        await tx.mockQuestion.updateMany({
          where: { mockId: mock.id, position: current.index },
          data: { startedAt: new Date(current.startedAt.getTime() + shift) },
        });
      }
    });
  }
  return { ok: true };
}

export interface ReportQuestion extends MockQuestionView {
  modelAnswer: string;
  rubric: RubricCriterion[] | null;
  checked: boolean;
  outcome: "PASSED" | "FAILED" | null;
  metCriteria: number[];
  score: number | null;
}

export interface MockReport {
  mock: MockView;
  questions: ReportQuestion[];
  bySkill: { skillSlug: string; name: string; score: number; questions: number }[];
  overall: number | null;
  secondsUsed: number;
}

function toReport(mock: MockRow, now: Date): MockReport {
  const questions: ReportQuestion[] = mock.questions.map((question) => {
    const kind = kindFromDb(question.question.kind);
    return {
      ...questionView(question, now),
      modelAnswer: question.question.answer,
      rubric: (question.question.rubric as RubricCriterion[] | null) ?? null,
      checked: CHECKED_KINDS.has(kind),
      outcome: question.outcome,
      metCriteria: question.metCriteria,
      score: question.score,
    };
  });
  const names = new Map(
    questions.flatMap((question) => question.skills.map((skill) => [skill.slug, skill.name] as const)),
  );
  const scored = questions.filter((question) => question.score !== null);
  return {
    mock: toView(mock, now),
    questions,
    bySkill:
      mock.status === "done"
        ? scoresBySkill(
            scored.map((question) => ({
              score: question.score!,
              skills: question.skills.map((s) => s.slug),
            })),
          ).map((entry) => ({ ...entry, name: names.get(entry.skillSlug) ?? entry.skillSlug }))
        : [],
    overall: mock.score,
    secondsUsed: questions.reduce((sum, question) => sum + (question.secondsUsed ?? 0), 0),
  };
}

/** Answers beside model answers and rubrics: for scoring (status "scoring") and the report ("done"). */
export async function getMockReport(
  db: DbClient,
  userId: string,
  mockId: string,
  now = new Date(),
): Promise<MockReport | null> {
  const found = await readMock(db, userId, mockId);
  if (!found) return null;
  return toReport(await bringUpToDate(db, userId, found, now), now);
}

/** The report behind a shared link, or null when there is none (never made, or revoked). */
export async function getSharedReport(
  db: DbClient,
  token: string,
  now = new Date(),
): Promise<MockReport | null> {
  if (typeof token !== "string" || !/^[A-Za-z0-9_-]{22}$/.test(token)) return null;
  const mock = await db.mock.findFirst({
    where: { shareToken: token, status: "done" },
    include: { questions: { orderBy: { position: "asc" }, select: mockQuestionSelect } },
  });
  return mock ? toReport(mock, now) : null;
}

export type ScoreMockResult =
  { ok: true } | { ok: false; reason: "not-found" | "not-ready" | "already-scored" | "unknown-question" };

/**
 * Scores a mock from the ticked criteria: each question's share becomes an Attempt (gradeForShare,
 * keyed by the mock question so a retry records nothing twice), which reschedules it and moves mastery.
 */
export async function scoreMock(
  db: DbClient,
  userId: string,
  input: { mockId: string; met: Record<number, number[]> },
  now = new Date(),
): Promise<ScoreMockResult> {
  const found = await readMock(db, userId, input.mockId);
  if (!found) return { ok: false, reason: "not-found" };
  const mock = await bringUpToDate(db, userId, found, now);
  if (mock.status === "done") return { ok: false, reason: "already-scored" };
  if (mock.status !== "scoring") return { ok: false, reason: "not-ready" };
  const positions = new Set(mock.questions.map((question) => question.position));
  if (Object.keys(input.met).some((position) => !positions.has(Number(position)))) {
    return { ok: false, reason: "unknown-question" };
  }
  const shares: number[] = [];
  for (const question of mock.questions) {
    const kind = kindFromDb(question.question.kind);
    const checked = CHECKED_KINDS.has(kind);
    const rubric = (question.question.rubric as RubricCriterion[] | null) ?? null;
    const met = checked
      ? []
      : [...new Set(input.met[question.position] ?? [])]
          .filter((index) => rubric && index >= 0 && index < rubric.length)
          .sort((a, b) => a - b);
    const questionShare = share(
      questionPoints({ rubric, metCriteria: met, outcome: question.outcome, checked }),
    );
    shares.push(questionShare);
    const secondsUsed =
      question.startedAt && question.endedAt
        ? Math.max(0, Math.round((question.endedAt.getTime() - question.startedAt.getTime()) / 1000))
        : null;
    const attempt = await recordAttempt(
      db,
      userId,
      {
        questionSlug: question.question.slug,
        grade: gradeForShare(questionShare),
        timeSpentSeconds: secondsUsed,
        idempotencyKey: `mock-${question.id}`,
        outcome: checked ? (question.outcome ?? "FAILED") : null,
      },
      now,
    );
    await db.mockQuestion.update({
      where: { id: question.id },
      data: { metCriteria: met, score: questionShare, attemptId: attempt.ok ? attempt.attemptId : null },
    });
  }
  await db.mock.updateMany({
    where: { id: mock.id, status: "scoring" },
    data: { status: "done", scoredAt: now, score: overallScore(shares) },
  });
  return { ok: true };
}

export interface MockSummary {
  id: string;
  formatName: string;
  lengthMinutes: number;
  status: Status;
  score: number | null;
  createdAt: Date;
}

export async function listMocks(db: DbClient, userId: string, limit = 50): Promise<MockSummary[]> {
  const rows = await db.mock.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, format: true, lengthMinutes: true, status: true, score: true, createdAt: true },
  });
  return rows.map((row) => ({
    id: row.id,
    formatName: formatById(row.format)?.name ?? row.format,
    lengthMinutes: row.lengthMinutes,
    status: row.status as Status,
    score: row.score,
    createdAt: row.createdAt,
  }));
}

/** Makes (or keeps) the read-only link of a scored mock's report; returns its token. */
export async function shareMock(db: DbClient, userId: string, mockId: string): Promise<string | null> {
  const mock = await db.mock.findFirst({
    where: { id: mockId, userId, status: "done" },
    select: { shareToken: true },
  });
  if (!mock) return null;
  if (mock.shareToken) return mock.shareToken;
  const token = randomBytes(16).toString("base64url");
  await db.mock.updateMany({ where: { id: mockId, userId, shareToken: null }, data: { shareToken: token } });
  return token;
}

export async function revokeMockShare(db: DbClient, userId: string, mockId: string): Promise<boolean> {
  const { count } = await db.mock.updateMany({ where: { id: mockId, userId }, data: { shareToken: null } });
  return count === 1;
}
