import { getDashboard } from "@/lib/progress/dashboard";
import { getPracticeQueue } from "@/lib/progress/practice-queue";
import { difficultyPreference } from "@/lib/recommendations/model";

import { addQuestions, addUser, OTHER_USERS, rng, runScratchBench, timeEach } from "./lib/bench";

// `npm run bench:dashboard`: the server-side time of /dashboard's and /practice's reads for a heavy
// user. A scratch database on the server of BENCH_DATABASE_URL (default:
// postgresql://postgres@127.0.0.1:5432/postgres) gets the real content plus generated questions up
// to 1,000, a user with 5,000 attempts over two years (schedules replayed from them, as the app
// writes them), and other users just as busy so the tables are not all one user's. Each function
// runs 10 times to warm up, then 100 timed runs; p50 and p95 are printed. Target: p95 ≤ 50 ms each.
// The database is dropped at the end (BENCH_KEEP_DATABASE=1 keeps it for EXPLAIN).

const QUESTIONS = 1_000;
const TARGET_P95_MS = 50;

await runScratchBench({
  prefix: "bench_dashboard",
  async seed(db) {
    const next = rng(7);
    const started = Date.now();
    const skills = await db.skill.findMany({ select: { id: true }, orderBy: { slug: "asc" } });
    const questionIds = await addQuestions(
      db,
      QUESTIONS,
      skills.map((s) => s.id),
      next,
    );

    const now = new Date();
    const role = await db.role.findFirstOrThrow({
      where: { skillDemands: { some: {} } },
      orderBy: { slug: "asc" },
      select: { id: true, slug: true },
    });
    // Each user bookmarks 40 of the questions they practise, for /dashboard's list of bookmarks.
    const user = { questionIds, now, next, timeOfDay: "drawn-first", bookmarks: 40 } as const;
    const userId = await addUser(db, {
      ...user,
      index: 0,
      data: { dailyNewLimit: 10, timeZone: "America/New_York", targetRoleId: role.id },
    });
    for (let i = 1; i <= OTHER_USERS; i++) {
      await addUser(db, {
        ...user,
        index: i,
        data: { dailyNewLimit: 10, timeZone: i % 2 ? "Europe/Berlin" : "UTC" },
      });
    }
    return { started, questionIds, now, role, userId };
  },
  async measure(db, { started, questionIds, now, role, userId }) {
    const [attempts, states] = await Promise.all([db.attempt.count(), db.reviewState.count()]);
    console.log(
      `Generated ${questionIds.length} questions, ${OTHER_USERS + 1} users, ${attempts} attempts and ${states} schedules in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );

    // The target role's most-demanded skills, as /practice passes them before mastery is known.
    const demands = await db.skillDemand.findMany({
      where: { roleId: role.id, share: { not: null } },
      orderBy: { share: "desc" },
      select: { skill: { select: { slug: true } } },
    });
    const skillPriority = [...new Set(demands.map((d) => d.skill.slug))].slice(0, 12);
    const options = { skillPriority, difficultyFor: () => difficultyPreference(0.5) };

    const dashboard = await getDashboard(db, userId, now);
    const queue = await getPracticeQueue(db, userId, now, options);
    console.log(
      `\nThe measured user: ${dashboard?.totals.attempts} attempts on ${dashboard?.totals.questionsPractised} questions, ` +
        `streak ${dashboard?.currentStreak} (longest ${dashboard?.longestStreak}), ${queue.dueCount} reviews due, ` +
        `${queue.newQuestions.length} new questions offered from ${skillPriority.length} skills.`,
    );
    return timeEach({ targetP95Ms: TARGET_P95_MS, labelWidth: 16 }, [
      ["getDashboard", () => getDashboard(db, userId, now)],
      ["getPracticeQueue", () => getPracticeQueue(db, userId, now, options)],
    ]);
  },
});
