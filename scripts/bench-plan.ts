import { type DbClient } from "@/lib/db-client";
import { getPlan, getPracticePriority } from "@/lib/recommendations/plan-queries";

import { addQuestions, addUser, OTHER_USERS, rng, runScratchBench, shuffle, timeEach } from "./lib/bench";

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

const EXTRA_SKILLS = 10;
const QUESTIONS = 1_000;
/** Skills the measured user rated at onboarding (the rest are unrated). */
const RATED_SKILLS = 40;
const TARGET_ROLE = "machine-learning-engineer";
const CURRENT_ROLE = "data-scientist";
const TARGET_P95_MS = 20;

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

await runScratchBench({
  prefix: "bench_plan",
  async seed(db) {
    const next = rng(11);
    const started = Date.now();
    const [target, current] = await Promise.all(
      [TARGET_ROLE, CURRENT_ROLE].map((slug) =>
        db.role.findUniqueOrThrow({ where: { slug }, select: { id: true } }),
      ),
    );
    const skillIds = await addSkills(db);
    await addSnapshot(db, target!.id, skillIds, next);
    const questionIds = await addQuestions(db, QUESTIONS, skillIds, next);

    const now = new Date();
    const user = { questionIds, now, next, timeOfDay: "drawn-last" } as const;
    const userId = await addUser(db, {
      ...user,
      index: 0,
      data: { targetRoleId: target!.id, currentRoleId: current!.id },
    });
    await db.skillAssessment.createMany({
      data: shuffle(skillIds, next)
        .slice(0, RATED_SKILLS)
        .map((skillId) => ({ userId, skillId, rating: 1 + Math.floor(next() * 5) })),
    });
    for (let i = 1; i <= OTHER_USERS; i++) {
      await addUser(db, { ...user, index: i, data: { targetRoleId: target!.id } });
    }
    return { started, questionIds, now, userId };
  },
  async measure(db, { started, questionIds, now, userId }) {
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
    return timeEach({ targetP95Ms: TARGET_P95_MS, labelWidth: 20 }, [
      ["getPlan (demand)", () => getPlan(db, userId, now)],
      ["getPlan (pay)", () => getPlan(db, userId, now, "pay")],
      ["getPracticePriority", () => getPracticePriority(db, userId, now)],
    ]);
  },
});
