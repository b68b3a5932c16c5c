import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { GRADES } from "@/lib/progress/grades";

import { createScratchDatabase, migrateDatabase } from "../test/support/test-database";
import { startAppServer, signedInUser, type AppServer } from "./lib/app-server";
import { inBatches, percentile, rng, serverUrl } from "./lib/bench";

// `npm run bench:import` (issue 12): an account's own export of 60,000 attempts imported through the
// production server while another client asks /api/health every 25 ms; prints the import's time and
// the health check's latency percentiles during it against a quiet baseline (target: p99 ≤ 200 ms).
// Then an export of 100,000 attempts is downloaded and imported into a fresh account, and the
// counts compared. Needs `npm run build` first; uses a scratch database on BENCH_DATABASE_URL.

const root = fileURLToPath(new URL("..", import.meta.url));
const DAY_MS = 86_400_000;
const HEALTH_EVERY_MS = 25;

async function addAttempts(
  db: DbClient,
  userId: string,
  count: number,
  questionIds: string[],
): Promise<void> {
  const next = rng(count);
  const now = Date.now();
  const rows = Array.from({ length: count }, (_, i) => ({
    userId,
    questionId: questionIds[Math.floor(next() * questionIds.length)]!,
    grade: GRADES[Math.floor(next() * GRADES.length)]!,
    timeSpentSeconds: 30 + Math.floor(next() * 600),
    idempotencyKey: `bench-import-${userId}-${i}`,
    createdAt: new Date(now - Math.floor(next() * 700 * DAY_MS) - 60_000),
  }));
  await inBatches(rows, (batch) => db.attempt.createMany({ data: batch }));
}

async function exportOf(server: AppServer, cookie: string): Promise<string> {
  const response = await fetch(`${server.baseURL}/api/account/export`, { headers: { cookie } });
  if (!response.ok) throw new Error(`export answered ${response.status}`);
  return response.text();
}

async function importInto(server: AppServer, cookie: string, file: string) {
  const started = performance.now();
  const response = await fetch(`${server.baseURL}/api/account/import`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json", "content-encoding": "gzip" },
    body: gzipSync(file),
  });
  const body = (await response.json()) as { imported?: Record<string, number>; error?: string };
  return { status: response.status, body, seconds: (performance.now() - started) / 1000 };
}

/** Latencies of /api/health, asked every HEALTH_EVERY_MS until `done` resolves. */
async function healthLatencies(server: AppServer, done: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    await fetch(`${server.baseURL}/api/health`).then((r) => r.arrayBuffer());
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, HEALTH_EVERY_MS));
  }
  return latencies.sort((a, b) => a - b);
}

const summary = (latencies: number[]) =>
  `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms, max ${latencies.at(-1)!.toFixed(1)} ms (${latencies.length} checks)`;

async function main(): Promise<number> {
  const scratch = await createScratchDatabase(serverUrl, "bench_import");
  const db = createDbClient({ connectionString: scratch.url, maxConnections: 2 });
  let server: AppServer | null = null;
  try {
    await migrateDatabase(scratch.url);
    await syncContent(db, await loadContent(path.join(root, "content")));
    const questionIds = (await db.question.findMany({ select: { id: true } })).map((q) => q.id);
    server = await startAppServer(scratch.url);
    let failed = false;

    const sizes = (process.env.BENCH_IMPORT_SIZES ?? "60000,100000").split(",").map(Number);
    for (const attempts of sizes) {
      const source = await signedInUser(db, server, { email: `source-${attempts}@example.test` });
      await addAttempts(db, source.id, attempts, questionIds);
      const file = await exportOf(server, source.cookie);
      const target = await signedInUser(db, server, { email: `target-${attempts}@example.test` });
      const quiet = await healthLatencies(server, new Promise((resolve) => setTimeout(resolve, 3_000)));
      const importing = importInto(server, target.cookie, file);
      const during = await healthLatencies(server, importing);
      const result = await importing;
      console.log(
        `\nImport of an export of ${attempts.toLocaleString("en-US")} attempts (${(file.length / 1e6).toFixed(1)} MB of JSON, ${(gzipSync(file).length / 1e6).toFixed(1)} MB gzip): ${result.status} in ${result.seconds.toFixed(1)} s, stored ${JSON.stringify(result.body.imported ?? result.body)}`,
      );
      console.log(`  /api/health while quiet:     ${summary(quiet)}`);
      console.log(`  /api/health during import:   ${summary(during)}`);
      const reexported = JSON.parse(await exportOf(server, target.cookie)) as { attempts: unknown[] };
      const same = result.status === 200 && reexported.attempts.length === attempts;
      console.log(
        `  the new account's export holds ${reexported.attempts.length.toLocaleString("en-US")} attempts: ${same ? "all of them" : "NOT all of them"}`,
      );
      if (!same) failed = true;
      if (attempts === 60_000 && percentile(during, 99) > 200) {
        console.log("  p99 over the 200 ms target");
        failed = true;
      }
    }
    return failed ? 1 : 0;
  } finally {
    await server?.stop();
    await db.$disconnect();
    await scratch.drop();
  }
}

process.exitCode = await main();
