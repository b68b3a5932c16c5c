import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import type { Difficulty, QuestionKind } from "@/lib/generated/prisma/client";
import { replayGrades, type GradeName } from "@/lib/progress/scheduling";
import { getPlan, getPracticePriority } from "@/lib/recommendations/plan";

import { createScratchDatabase, migrateDatabase } from "../test/support/test-database";

// `npm run bench:plan`: the server-side time of /plan's read (getPlan) for a heavy user, and of
// /practice's ranking (getPracticePriority). A scratch database on the server of BENCH_DATABASE_URL
// (default: postgresql://postgres@127.0.0.1:5432/postgres) gets the real content plus 10 generated
// skills (60 in all), a snapshot newer than any in the content reporting all 60 for the target role
// (some with a median salary), generated questions up to 1,000 tagged across the 60 skills, a user
// with that target role, self-ratings and 5,000 attempts over two years (schedules replayed from
// them, as the app writes them), and other users just as busy so the tables are not all one user's.
// Each function runs 10 times to warm up, then 100 timed runs; p50 and p95 are printed. Target:
// p95 ≤ 20 ms each, else the exit code is 1. The database is dropped at the end
// (BENCH_KEEP_DATABASE=1 keeps it for EXPLAIN).

const root = fileURLToPath(new URL("..", import.meta.url));
const EXTRA_SKILLS = 10;
const QUESTIONS = 1_000;
const ATTEMPTS_PER_USER = 5_000;
const DAYS = 730;
/** Users besides the measured one, with as many attempts each. */
const OTHER_USERS = Number(process.env.BENCH_OTHER_USERS ?? 9);
/** Questions a user has attempted; the rest are new to them, so the plan has some to offer. */
const PRACTISED_QUESTIONS = 850;
/** Skills the measured user rated at onboarding (the rest are unrated). */
const RATED_SKILLS = 40;
const TARGET_ROLE = "machine-learning-engineer";
const CURRENT_ROLE = "data-scientist";
const WARMUP_RUNS = 10;
const TIMED_RUNS = 100;
const TARGET_P95_MS = 20;
const BATCH = 2_000;
const DAY_MS = 86_400_000;

const serverUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Fisher–Yates, on a copy. */
function shuffle<T>(list: readonly T[], next: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

const DIFFICULTIES: Difficulty[] = ["EASY", "MEDIUM", "HARD"];
const KINDS: QuestionKind[] = ["CONCEPT", "CODING", "SQL", "CASE", "SYSTEM_DESIGN", "BEHAVIORAL"];

/** EXTRA_SKILLS generated skills; returns every skill's id. */
async function addSkills(db: DbClient): Promise<string[]> {
  await db.skill.createMany({
    data: Array.from({ length: EXTRA_SKILLS }, (_, i) => ({
      slug: `bench-skill-${i}`,
      name: `Generated skill ${i}`,
      category: "bench",
      description: "A generated skill.",
      contentHash: "bench",
    })),
  });
  const skills = await db.skill.findMany({ select: { id: true }, orderBy: { slug: "asc" } });
  return skills.map((s) => s.id);
}

/**
 * A snapshot a month newer than any in the content that reports every skill for the target role,
 * shares spread from 2% to 75% and a median salary for one skill in three, so it supplies the
 * role's demand and both plan orders have work to do.
 */
async function addSnapshot(db: DbClient, roleId: string, skillIds: string[], next: () => number) {
  const newest = await db.marketSnapshot.findFirstOrThrow({
    orderBy: { dataMonth: "desc" },
    select: { dataMonth: true },
  });
  const dataMonth = new Date(
    Date.UTC(newest.dataMonth.getUTCFullYear(), newest.dataMonth.getUTCMonth() + 1, 1),
  );
  const snapshot = await db.marketSnapshot.create({
    data: {
      slug: "bench-plan-snapshot",
      publisher: "Bench",
      title: "Generated snapshot",
      url: "https://example.test/bench",
      dataMonth,
      caveats: [],
      contentHash: "bench",
      roles: { create: { roleId, position: 0 } },
      figures: { create: { roleId, medianBaseSalaryUsd: 190_000, activePostings: 5_000 } },
    },
    select: { id: true },
  });
  await db.skillDemand.createMany({
    data: skillIds.map((skillId, i) => ({
      snapshotId: snapshot.id,
      roleId,
      skillId,
      share: Math.round((0.02 + 0.73 * next()) * 1000) / 1000,
      medianSalaryUsd: i % 3 === 0 ? 150_000 + Math.floor(next() * 80_000) : null,
    })),
  });
}

/** Generated questions, each tagged with one to three of the skills, until there are QUESTIONS active. */
async function addQuestions(db: DbClient, skillIds: string[], next: () => number): Promise<string[]> {
  const active = await db.question.count({ where: { retiredAt: null } });
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const generated = Array.from({ length: Math.max(0, QUESTIONS - active) }, (_, i) => ({
    id: `bench-q-${i}`,
    slug: `bench-question-${i}`,
    title: `Generated question ${i}`,
    difficulty: pick(DIFFICULTIES),
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

/**
 * A user's attempts over the two years before `now`: practice on about two days in three, several
 * attempts a day, a few questions practised far more often than most (as reviews make them), and
 * grades mostly Good. Their schedules are replayed from the attempts per question.
 */
async function addUser(
  db: DbClient,
  index: number,
  questionIds: string[],
  now: Date,
  next: () => number,
  data: { targetRoleId?: string; currentRoleId?: string },
): Promise<string> {
  const user = await db.user.create({
    data: { email: `bench-${index}@example.test`, ...data },
    select: { id: true },
  });
  const pool = shuffle(questionIds, next).slice(0, PRACTISED_QUESTIONS);
  const activeDays = Array.from({ length: DAYS }, (_, d) => d).filter(() => next() < 0.67);
  const grades: GradeName[] = ["AGAIN", "HARD", "GOOD", "GOOD", "GOOD", "EASY"];
  const attempts = Array.from({ length: ATTEMPTS_PER_USER }, (_, i) => {
    const day = activeDays[Math.floor(next() * activeDays.length)]!;
    return {
      id: `bench-a-${index}-${i}`,
      userId: user.id,
      questionId: pool[Math.floor(pool.length * next() ** 1.6)]!,
      grade: grades[Math.floor(next() * grades.length)]!,
      timeSpentSeconds: 30 + Math.floor(next() * 600),
      idempotencyKey: `bench-${index}-${i}`,
      createdAt: new Date(now.getTime() - (day + next()) * DAY_MS - 60_000),
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
    userId: user.id,
    questionId,
    ...replayGrades(log)!,
    lastGrade: log.reduce((latest, entry) => (entry.at >= latest.at ? entry : latest)).grade,
    version: log.length,
  }));
  await inBatches(states, (batch) => db.reviewState.createMany({ data: batch }));
  return user.id;
}

async function time(label: string, run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP_RUNS; i++) await run();
  const timings: number[] = [];
  for (let i = 0; i < TIMED_RUNS; i++) {
    const start = process.hrtime.bigint();
    await run();
    timings.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  timings.sort((a, b) => a - b);
  const result = { p50: percentile(timings, 50), p95: percentile(timings, 95) };
  const verdict = result.p95 <= TARGET_P95_MS ? "within" : "OVER";
  console.log(
    `  ${label.padEnd(20)} p50 ${result.p50.toFixed(1).padStart(6)} ms  p95 ${result.p95.toFixed(1).padStart(6)} ms  max ${timings.at(-1)!.toFixed(1).padStart(6)} ms  (${verdict} the ${TARGET_P95_MS} ms target)`,
  );
  return result;
}

async function main() {
  const database = await createScratchDatabase(serverUrl, "bench_plan");
  const db = createDbClient({ connectionString: database.url, maxConnections: 10 });
  let failed = false;
  try {
    await migrateDatabase(database.url);
    await syncContent(db, await loadContent(path.join(root, "content")));
    const next = rng(11);
    const started = Date.now();
    const [target, current] = await Promise.all(
      [TARGET_ROLE, CURRENT_ROLE].map((slug) =>
        db.role.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
      ),
    );
    const skillIds = await addSkills(db);
    await addSnapshot(db, target!.id, skillIds, next);
    const questionIds = await addQuestions(db, skillIds, next);

    const now = new Date();
    const userId = await addUser(db, 0, questionIds, now, next, {
      targetRoleId: target!.id,
      currentRoleId: current!.id,
    });
    await db.skillAssessment.createMany({
      data: shuffle(skillIds, next)
        .slice(0, RATED_SKILLS)
        .map((skillId) => ({ userId, skillId, rating: 1 + Math.floor(next() * 5) })),
    });
    for (let i = 1; i <= OTHER_USERS; i++) {
      await addUser(db, i, questionIds, now, next, { targetRoleId: target!.id });
    }
    // The state autovacuum keeps busy tables in: statistics current, visibility map set.
    await db.$executeRawUnsafe("VACUUM ANALYZE");
    const [skills, attempts, states] = await Promise.all([
      db.skill.count(),
      db.attempt.count(),
      db.reviewState.count(),
    ]);
    console.log(
      `Generated ${skills} skills, ${questionIds.length} questions, ${OTHER_USERS + 1} users, ${attempts} attempts and ${states} schedules in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );

    const plan = await getPlan(db, userId, now);
    if (plan?.status !== "ok") throw new Error(`Expected a plan, got ${plan?.status ?? "null"}.`);
    const top = plan.gaps.slice(0, 10);
    console.log(
      `\nThe measured user's plan: ${plan.gaps.length} gaps from ${plan.source.slug}, readiness ${(plan.readiness * 100).toFixed(1)}%, ` +
        `${top.reduce((n, g) => n + g.next.reviews.length, 0)} reviews and ${top.reduce((n, g) => n + g.next.newQuestions.length, 0)} new questions under the top ${top.length}.`,
    );
    console.log(`\n${TIMED_RUNS} timed runs each, after ${WARMUP_RUNS} warm-up runs:`);
    const results = [
      await time("getPlan (demand)", () => getPlan(db, userId, now)),
      await time("getPlan (pay)", () => getPlan(db, userId, now, "pay")),
      await time("getPracticePriority", () => getPracticePriority(db, userId, now)),
    ];
    failed = results.some((r) => r.p95 > TARGET_P95_MS);
  } finally {
    await db.$disconnect();
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`Kept the database at ${database.url}.`);
    else await database.drop();
  }
  if (failed) process.exitCode = 1;
}

await main();
