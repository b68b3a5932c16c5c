import { createMock } from "@/lib/mock/queries";

import { addUser, OTHER_USERS, rng, runScratchBench, timeEach } from "./lib/bench";

// `npm run bench:mock` (issue 16: "creating a mock ≤ 100 ms p95 for a user with 5,000 attempts"):
// a scratch database on BENCH_DATABASE_URL's server gets the real content and a user aiming at
// Machine Learning Engineer with 5,000 attempts over two years (schedules replayed, as the app
// writes them), beside other users as busy. Each timed run creates a 60-minute MLE loop (8
// questions: the practice priority, the candidates of four kinds, the choice and the inserts);
// the mock is then deleted, inside the timing, so the next run may start one (a conservative
// figure). 10 warm-up runs, 100 timed; p50 and p95 printed; exit code 1 over the target.

const TARGET_P95_MS = 100;

await runScratchBench({
  prefix: "bench_mock",
  async seed(db) {
    const next = rng(16);
    const target = await db.role.findUniqueOrThrow({
      where: { slug: "machine-learning-engineer" },
      select: { id: true },
    });
    const questionIds = (
      await db.question.findMany({ where: { retiredAt: null }, select: { id: true } })
    ).map((q) => q.id);
    const now = new Date();
    const user = { questionIds, now, next, timeOfDay: "drawn-last" } as const;
    const userId = await addUser(db, { ...user, index: 0, data: { targetRoleId: target.id } });
    for (let i = 1; i <= OTHER_USERS; i++)
      await addUser(db, { ...user, index: i, data: { targetRoleId: target.id } });
    return { userId, now };
  },
  async measure(db, { userId, now }) {
    console.log(`The measured user has ${await db.attempt.count({ where: { userId } })} attempts.`);
    let seed = 0;
    return timeEach({ targetP95Ms: TARGET_P95_MS, labelWidth: 34 }, [
      [
        "createMock (60-minute MLE loop)",
        async () => {
          const result = await createMock(
            db,
            userId,
            { format: "loop-mle", lengthMinutes: 60, practiceMode: false, hideTags: true },
            now,
            (seed += 1),
          );
          if (!result.ok) throw new Error(`createMock refused: ${result.reason}`);
          await db.mock.delete({ where: { id: result.mockId } });
        },
      ],
    ]);
  },
});
