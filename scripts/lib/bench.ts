import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import type { Difficulty, Level, QuestionKind } from "@/lib/generated/prisma/client";
import { replayGrades, type GradeName } from "@/lib/progress/scheduling";

import { createScratchDatabase, migrateDatabase } from "../../test/support/test-database";

// What the benchmark scripts (scripts/bench-*.ts) have in common: the server they run on, a seeded
// PRNG and the helpers that generate data from it, the timing loop, and the scratch-database
// scaffolding. One copy, so the benches generate data and measure it the same way; each script
// keeps only the data and the reads that are its own.

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The PostgreSQL server the benches create their scratch databases on. */
export const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** Users besides the measured one, with as many attempts each. */
export const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 9);
export const WARMUP_RUNS = 10;
export const TIMED_RUNS = 100;

const ATTEMPTS_PER_USER = 5_000;
const DAYS = 730;
/** Questions a user has attempted; the rest are new to them, so the reads have some to offer. */
const PRACTISED_QUESTIONS = 850;
const BATCH = 2_000;
const DAY_MS = 86_400_000;
const GRADES: GradeName[] = ["AGAIN", "HARD", "GOOD", "GOOD", "GOOD", "EASY"];

export const DIFFICULTIES: Difficulty[] = ["EASY", "MEDIUM", "HARD"];
export const KINDS: QuestionKind[] = ["CONCEPT", "CODING", "SQL", "CASE", "SYSTEM_DESIGN", "BEHAVIORAL"];
export const LEVELS: Level[] = ["JUNIOR", "MID", "SENIOR"];

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
export function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Fisher–Yates, on a copy. */
export function shuffle<T>(list: readonly T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

export async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Generated questions, each tagged with one to three of the skills, until there are `total` active;
 * returns every active question's id.
 */
export async function addQuestions(
  db: DbClient,
  total: number,
  skillIds: string[],
  next: () => number,
): Promise<string[]> {
  const active = await db.question.count({ where: { retiredAt: null } });
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const generated = Array.from({ length: Math.max(0, total - active) }, (_, i) => ({
    id: `bench-q-${i}`,
    slug: `bench-question-${i}`,
    title: `Generated question ${i}`,
    difficulty: pick(DIFFICULTIES),
    level: pick(LEVELS),
    kind: pick(KINDS),
    hints: [],
    prompt: "A generated prompt.",
    answer: "A generated answer.",
    contentHash: "bench",
  }));
  await inBatches(generated, (batch) => db.question.createMany({ data: batch }));
  const links = generated.flatMap((q) =>
    [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(skillIds)))].map((skillId) => ({
      questionId: q.id,
      skillId,
    })),
  );
  await inBatches(links, (batch) => db.questionSkill.createMany({ data: batch }));
  const all = await db.question.findMany({
    where: { retiredAt: null },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return all.map((q) => q.id);
}

export interface BusyUser {
  /** Numbers the user's email, attempt ids and idempotency keys. */
  index: number;
  questionIds: string[];
  now: Date;
  next: () => number;
  /** Written to the user row besides the email. */
  data: { timeZone?: string; dailyNewLimit?: number; targetRoleId?: string; currentRoleId?: string };
  /**
   * Whether each attempt's time within its day is drawn from `next` before its question, grade and
   * time spent or after them. The benches were written each way; keeping each one's order keeps
   * its data what it has always been for its seed.
   */
  timeOfDay: "drawn-first" | "drawn-last";
  /** Bookmarks the first this many questions of the user's practised pool. */
  bookmarks?: number;
}

/**
 * A user's attempts over the two years before `now`: practice on about two days in three, several
 * attempts a day, a few questions practised far more often than most (as reviews make them), and
 * grades mostly Good. Their schedules are replayed from the attempts per question, as the app
 * writes them. Returns the user's id.
 */
export async function addUser(db: DbClient, user: BusyUser): Promise<string> {
  const { index, questionIds, now, next } = user;
  const { id: userId } = await db.user.create({
    data: { email: `bench-${index}@example.test`, ...user.data },
    select: { id: true },
  });
  const pool = shuffle(questionIds, next).slice(0, PRACTISED_QUESTIONS);
  const activeDays = Array.from({ length: DAYS }, (_, d) => d).filter(() => next() < 0.67);
  const attempts = Array.from({ length: ATTEMPTS_PER_USER }, (_, i) => {
    const day = activeDays[Math.floor(next() * activeDays.length)]!;
    const drawnFirst = user.timeOfDay === "drawn-first" ? next() : 0;
    const questionId = pool[Math.floor(pool.length * next() ** 1.6)]!;
    const grade = GRADES[Math.floor(next() * GRADES.length)]!;
    const timeSpentSeconds = 30 + Math.floor(next() * 600);
    const timeOfDay = user.timeOfDay === "drawn-first" ? drawnFirst : next();
    return {
      id: `bench-a-${index}-${i}`,
      userId,
      questionId,
      grade,
      timeSpentSeconds,
      idempotencyKey: `bench-${index}-${i}`,
      createdAt: new Date(now.getTime() - (day + timeOfDay) * DAY_MS - 60_000),
    };
  });
  await inBatches(attempts, (batch) => db.attempt.createMany({ data: batch }));

  const byQuestion = new Map<string, { grade: GradeName; at: Date }[]>();
  for (const a of attempts) {
    const list = byQuestion.get(a.questionId) ?? [];
    list.push({ grade: a.grade, at: a.createdAt });
    byQuestion.set(a.questionId, list);
  }
  const states = [...byQuestion].map(([questionId, log]) => ({
    userId,
    questionId,
    ...replayGrades(log)!,
    lastGrade: log.reduce((latest, entry) => (entry.at >= latest.at ? entry : latest)).grade,
    version: log.length,
  }));
  await inBatches(states, (batch) => db.reviewState.createMany({ data: batch }));
  if (user.bookmarks) {
    const bookmarked = pool.slice(0, user.bookmarks).map((questionId) => ({ userId, questionId }));
    await db.bookmark.createMany({ data: bookmarked });
  }
  return userId;
}

export interface Timing {
  p50: number;
  p95: number;
  /** The p95 is over the target. */
  over: boolean;
}

/**
 * Times each function: WARMUP_RUNS untimed runs, then TIMED_RUNS timed ones; prints a line each
 * (labels padded to `labelWidth`) with p50, p95, max and the verdict against `targetP95Ms`.
 */
export async function timeEach(
  { targetP95Ms, labelWidth }: { targetP95Ms: number; labelWidth: number },
  runs: [label: string, run: () => Promise<unknown>][],
): Promise<Timing[]> {
  console.log(`\n${TIMED_RUNS} timed runs each, after ${WARMUP_RUNS} warm-up runs:`);
  const results: Timing[] = [];
  for (const [label, run] of runs) {
    for (let i = 0; i < WARMUP_RUNS; i++) await run();
    const timings: number[] = [];
    for (let i = 0; i < TIMED_RUNS; i++) {
      const start = process.hrtime.bigint();
      await run();
      timings.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    timings.sort((a, b) => a - b);
    const result = { p50: percentile(timings, 50), p95: percentile(timings, 95) };
    const over = result.p95 > targetP95Ms;
    console.log(
      `  ${label.padEnd(labelWidth)} p50 ${result.p50.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms  max ${timings.at(-1)!.toFixed(1).padStart(6)} ms  (${over ? "OVER" : "within"} the ${targetP95Ms} ms target)`,
    );
    results.push({ ...result, over });
  }
  return results;
}

/**
 * A bench on a scratch database of the server at `serverUrl`, named after `prefix`: migrates it,
 * syncs the real content, runs `seed`, brings the tables to the state autovacuum keeps busy tables
 * in (VACUUM ANALYZE: statistics current, visibility map set), then runs `measure`. The exit code
 * is 1 when any timing is over its target. The database is dropped at the end unless
 * BENCH_KEEP_DATABASE=1 (to EXPLAIN in it).
 */
export async function runScratchBench<Seeded>({
  prefix,
  seed,
  measure,
}: {
  prefix: string;
  seed: (db: DbClient) => Promise<Seeded>;
  measure: (db: DbClient, seeded: Seeded) => Promise<Timing[]>;
}): Promise<void> {
  const database = await createScratchDatabase(serverUrl, prefix);
  const db = createDbClient({ connectionString: database.url, maxConnections: 10 });
  let failed = false;
  try {
    await migrateDatabase(database.url);
    await syncContent(db, await loadContent(path.join(root, "content")));
    const seeded = await seed(db);
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const results = await measure(db, seeded);
    failed = results.some((r) => r.over);
  } finally {
    await db.$disconnect();
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`Kept the database at ${database.url}.`);
    else await database.drop();
  }
  if (failed) process.exitCode = 1;
}
