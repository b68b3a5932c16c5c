import { randomUUID } from "node:crypto";

import { createDbClient } from "@/lib/db-client";

import { createScratchDatabase, migrateDatabase } from "../test/support/test-database";
import { percentile, serverUrl } from "./lib/bench";

// `npm run bench:totp` (issue 15: "TOTP verification adds ≤ 5 ms server time"): the second step's
// check (read the sealed secret, open it, check the code, record its step) timed against the
// same database, beside a one-row read of the same user as the baseline of a query's cost in
// this run. Uses a scratch database on BENCH_DATABASE_URL (default: the local PostgreSQL).

const RUNS = 500;

// The sealing key comes from AUTH_SECRET, read when the modules below are first loaded.
process.env.AUTH_SECRET ??= "bench-only-secret-0123456789-0123456789-abcdef";
const { beginTotpSetup, confirmTotpSetup, pendingTotpSetup, verifySecondFactor } =
  await import("@/lib/accounts/two-factor");
const { checkTotp, totpCode } = await import("@/lib/accounts/totp");

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  return `${label.padEnd(48)} median ${percentile(sorted, 50).toFixed(3)} ms   p95 ${percentile(sorted, 95).toFixed(3)} ms`;
}

async function timed(run: () => unknown): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

const database = await createScratchDatabase(serverUrl, "bench_totp");
try {
  await migrateDatabase(database.url);
  const db = createDbClient({ connectionString: database.url, maxConnections: 2 });
  const user = await db.user.create({ data: { email: `bench-${randomUUID()}@example.com` } });
  const start = new Date();
  await beginTotpSetup(db, user.id);
  const setup = await pendingTotpSetup(db, user.id, "bench");
  if (!setup) throw new Error("no set-up");
  const confirmed = await confirmTotpSetup(
    db,
    user.id,
    { code: totpCode(setup.secret, start), userAgent: null, address: "bench" },
    start,
  );
  if (!confirmed.ok) throw new Error("set-up refused");

  const baseline: number[] = [];
  const verify: number[] = [];
  const pure: number[] = [];
  for (let run = 0; run < RUNS + 20; run++) {
    // Each check one step later than the last: every code is new, none is a replay.
    const now = new Date(start.getTime() + (run + 1) * 30_000);
    const code = totpCode(setup.secret, now);
    const read = await timed(() => db.user.findUnique({ where: { id: user.id } }));
    let accepted = false;
    const checked = await timed(async () => {
      accepted = (await verifySecondFactor(db, user.id, { kind: "totp", code }, now)).ok;
    });
    const alone = await timed(() => checkTotp(setup.secret, code, now, null));
    if (!accepted) throw new Error(`code refused at run ${run}`);
    if (run >= 20) {
      baseline.push(read);
      verify.push(checked);
      pure.push(alone);
    }
  }
  console.log(`[bench:totp] ${RUNS} checks after 20 warm-up runs, PostgreSQL at ${new URL(serverUrl).host}`);
  console.log(summary("one-row read of the user (baseline)", baseline));
  console.log(summary("verifySecondFactor (read, open, check, record)", verify));
  console.log(summary("checkTotp alone (HMAC over 3 steps)", pure));
  const median = percentile(
    [...verify].sort((a, b) => a - b),
    50,
  );
  const base = percentile(
    [...baseline].sort((a, b) => a - b),
    50,
  );
  console.log(
    `verify / baseline read: ${(median / base).toFixed(2)}×; target ≤ 5 ms: ${median <= 5 ? "met" : "NOT met"}`,
  );
  await db.$disconnect();
} finally {
  await database.drop();
}
