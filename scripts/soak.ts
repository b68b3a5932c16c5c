import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient } from "@/lib/db-client";

import { createScratchDatabase, migrateDatabase } from "../test/support/test-database";
import { startAppServer, signedInUser } from "./lib/app-server";
import { serverUrl } from "./lib/bench";

// `npm run soak`: the production build under steady mixed load for SOAK_MINUTES (default 10), with
// the server's resident memory sampled every 10 s and every answer counted (issue 12: memory grew
// from 822 to 1,098 MB over two minute-long runs; does it level off?). Public pages, the search,
// and signed-in pages and API writes by 20 users, on a scratch database on BENCH_DATABASE_URL's
// server. Fails when any request got a 5xx or no answer. Needs `npm run build` first.

const root = fileURLToPath(new URL("..", import.meta.url));
const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 16);
const SAMPLE_MS = 10_000;
const USERS = 20;

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

interface Counts {
  requests: number;
  client4xx: number;
  server5xx: number;
  failed: number;
}

async function main(): Promise<number> {
  const scratch = await createScratchDatabase(serverUrl, "soak");
  const db = createDbClient({ connectionString: scratch.url, maxConnections: 2 });
  try {
    await migrateDatabase(scratch.url);
    await syncContent(db, await loadContent(path.join(root, "content")));
    const questions = (await db.question.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map(
      (q) => q.slug,
    );
    const target = await db.role.findUniqueOrThrow({ where: { slug: "machine-learning-engineer" } });
    const server = await startAppServer(scratch.url);
    const cookies: string[] = [];
    for (let i = 0; i < USERS; i++) {
      const user = await signedInUser(db, server, {
        email: `soak-${i}@example.test`,
        targetRoleId: target.id,
      });
      cookies.push(user.cookie);
    }
    const base = server.baseURL;

    const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
    const requests: (() => [string, RequestInit])[] = [
      () => ["/", {}],
      () => ["/roles/data-scientist", {}],
      () => ["/compare/data-scientist-vs-machine-learning-engineer", {}],
      () => [`/questions/${pick(questions)}`, {}],
      () => [
        `/questions?q=${pick(["window functions", "p-value", "retention", "transformer", "drift"])}`,
        {},
      ],
      () => ["/dashboard", { headers: { cookie: pick(cookies) } }],
      () => ["/plan", { headers: { cookie: pick(cookies) } }],
      () => ["/practice", { headers: { cookie: pick(cookies) } }],
      () => [`/api/questions/${pick(questions)}/progress`, { headers: { cookie: pick(cookies) } }],
      () => [
        "/api/attempts",
        {
          method: "POST",
          headers: { cookie: pick(cookies), "content-type": "application/json" },
          body: JSON.stringify({
            questionSlug: pick(questions),
            grade: pick(["AGAIN", "HARD", "GOOD", "EASY"]),
            timeSpentSeconds: 60,
            idempotencyKey: randomUUID(),
            timeZone: "Europe/London",
          }),
        },
      ],
    ];

    const total: Counts = { requests: 0, client4xx: 0, server5xx: 0, failed: 0 };
    let interval: Counts = { ...total };
    const examples: string[] = [];
    const deadline = Date.now() + MINUTES * 60_000;
    const worker = async () => {
      while (Date.now() < deadline) {
        const [url, init] = pick(requests)();
        try {
          const response = await fetch(`${base}${url}`, { ...init, redirect: "manual" });
          await response.arrayBuffer();
          for (const counts of [total, interval]) {
            counts.requests++;
            if (response.status >= 500) counts.server5xx++;
            else if (response.status >= 400) counts.client4xx++;
          }
          if (response.status >= 500 && examples.length < 5) examples.push(`${response.status} ${url}`);
        } catch (error) {
          total.failed++;
          interval.failed++;
          if (examples.length < 5) examples.push(`no answer for ${url}: ${(error as Error).message}`);
        }
      }
    };

    console.log(
      `Soak: ${MINUTES} min, ${CONCURRENCY} concurrent clients, RSS of the server sampled every 10 s.`,
    );
    console.log("  time   RSS MB   req/s   4xx   5xx   no answer");
    const samples: { at: number; rss: number }[] = [];
    const started = Date.now();
    const sample = () => {
      const at = (Date.now() - started) / 1000;
      const rss = rssMegabytes(server.pid);
      samples.push({ at, rss });
      console.log(
        `${at.toFixed(0).padStart(6)}s ${rss.toFixed(0).padStart(8)} ${(interval.requests / (SAMPLE_MS / 1000)).toFixed(0).padStart(7)} ${String(interval.client4xx).padStart(5)} ${String(interval.server5xx).padStart(5)} ${String(interval.failed).padStart(11)}`,
      );
      interval = { requests: 0, client4xx: 0, server5xx: 0, failed: 0 };
    };
    sample();
    const timer = setInterval(sample, SAMPLE_MS);
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    clearInterval(timer);
    sample();
    await server.stop();

    const half = samples.filter((s) => s.at >= samples.at(-1)!.at / 2);
    const slope = (half.at(-1)!.rss - half[0]!.rss) / ((half.at(-1)!.at - half[0]!.at) / 60 || 1);
    const max = Math.max(...samples.map((s) => s.rss));
    console.log(
      `\n${total.requests} requests: ${total.client4xx} 4xx, ${total.server5xx} 5xx, ${total.failed} without an answer.`,
    );
    console.log(
      `RSS: ${samples[0]!.rss.toFixed(0)} MB at the start, ${max.toFixed(0)} MB at most, ${samples.at(-1)!.rss.toFixed(0)} MB at the end; over the second half ${slope >= 0 ? "+" : ""}${slope.toFixed(1)} MB/min.`,
    );
    if (examples.length > 0) console.log(`Examples:\n  ${examples.join("\n  ")}`);
    return total.server5xx + total.failed > 0 ? 1 : 0;
  } finally {
    await db.$disconnect();
    await scratch.drop();
  }
}

process.exitCode = await main();
