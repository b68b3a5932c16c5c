import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import pg from "pg";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient } from "@/lib/db-client";
import type { QuestionFilters } from "@/lib/questions/filters";
import { searchQuestions } from "@/lib/questions/search-query";

import { DIFFICULTIES, KINDS, LEVELS, percentile, rng, serverUrl } from "./lib/bench";

// `npm run bench:search`: fills a scratch PostgreSQL database with 10,000 generated questions and
// reports the p50 and p95 server-side time of the question bank's search-and-filter query (hits,
// total and the five facet counts, exactly as /questions runs it) over a fixed set of queries.
// The text is drawn from the real bank's word frequencies. Uses the server of BENCH_DATABASE_URL (default: postgresql://postgres@127.0.0.1:5432/postgres);
// the scratch database is dropped at the end. Target: p95 at most 20 ms.

const root = fileURLToPath(new URL("..", import.meta.url));
const QUESTIONS = 10_000;
const WARMUP_ROUNDS = 2;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);

/**
 * Word frequencies of the real question bank: generated text drawn from them has the bank's own
 * mix of common and rare terms, so a search matches as large a share of questions as it would in
 * a real bank of 10,000.
 */
function wordSampler(texts: string[], next: () => number): () => string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.toLowerCase().match(/[a-z][a-z-]{1,}/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts.keys()];
  const cumulative: number[] = [];
  let sum = 0;
  for (const word of words) cumulative.push((sum += counts.get(word)!));
  return () => {
    const target = next() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
}

function sentence(word: () => string, words: number): string {
  return Array.from({ length: words }, word).join(" ");
}

const QUERIES: { q: string | null; filters: QuestionFilters }[] = [
  { q: null, filters: {} },
  { q: null, filters: { skill: "sql" } },
  { q: null, filters: { difficulty: "hard", kind: "system-design" } },
  { q: null, filters: { level: "senior", skill: "statistics" } },
  { q: null, filters: { role: "machine-learning-engineer", skill: "mlops" } },
  { q: "window partition", filters: {} },
  { q: "gradient", filters: {} },
  { q: "bootstrap confidence interval", filters: { skill: "statistics" } },
  { q: "drift monitoring", filters: { role: "machine-learning-engineer" } },
  { q: "transformer attention", filters: { difficulty: "medium", level: "mid" } },
  { q: "retrieval embedding index", filters: { kind: "system-design" } },
  { q: '"cohort retention"', filters: {} },
  { q: "churn -forecast", filters: {} },
  { q: "calibraton", filters: {} },
  { q: "kubernetes cluster", filters: { skill: "kubernetes", difficulty: "hard" } },
  { q: "sql join", filters: { role: "data-analyst", kind: "sql" } },
  { q: "zzzz nothing matches", filters: {} },
];

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function main() {
  const name = `bench_search_${randomBytes(3).toString("hex")}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  const db = createDbClient({ connectionString: url.toString(), maxConnections: 6 });
  try {
    await promisify(execFile)(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url.toString() },
    });
    const content = await loadContent(path.join(root, "content"));
    await syncContent(db, { ...content, questions: [] });
    const skills = await db.skill.findMany({ select: { id: true } });
    const roles = await db.role.findMany({ select: { id: true } });

    const next = rng(42);
    const word = wordSampler(
      content.questions.map((q) => `${q.title} ${q.prompt} ${q.answer}`),
      next,
    );
    const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
    const started = Date.now();
    for (let offset = 0; offset < QUESTIONS; offset += 1_000) {
      const batch = Array.from({ length: 1_000 }, (_, i) => ({
        id: `bench-${offset + i}`,
        slug: `bench-question-${offset + i}`,
        title: sentence(word, 6 + Math.floor(next() * 6)),
        difficulty: pick(DIFFICULTIES),
        level: pick(LEVELS),
        kind: pick(KINDS),
        hints: [],
        prompt: sentence(word, 60 + Math.floor(next() * 60)),
        answer: sentence(word, 200 + Math.floor(next() * 200)),
        contentHash: "bench",
      }));
      await db.question.createMany({ data: batch });
      await db.questionSkill.createMany({
        data: batch.flatMap((q) =>
          [...new Set([pick(skills).id, pick(skills).id])].map((skillId) => ({ questionId: q.id, skillId })),
        ),
      });
      await db.questionRole.createMany({
        data: batch.flatMap((q) =>
          [...new Set([pick(roles).id, pick(roles).id])].map((roleId) => ({ questionId: q.id, roleId })),
        ),
      });
    }
    await db.$executeRawUnsafe("ANALYZE");
    console.log(`Generated ${QUESTIONS} questions in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

    const timings: number[] = [];
    const perQuery = new Map<string, number[]>();
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (const query of QUERIES) {
        const t0 = performance.now();
        await searchQuestions(db, { q: query.q, filters: query.filters, page: 1 });
        const ms = performance.now() - t0;
        if (round < WARMUP_ROUNDS) continue;
        timings.push(ms);
        const key = `${query.q ?? "(no search)"} ${JSON.stringify(query.filters)}`;
        perQuery.set(key, [...(perQuery.get(key) ?? []), ms]);
      }
    }
    timings.sort((a, b) => a - b);
    console.log(
      `\n${timings.length} searches (${QUERIES.length} queries × ${ROUNDS} rounds, after ${WARMUP_ROUNDS} warm-up rounds):`,
    );
    for (const [key, values] of perQuery) {
      const sorted = [...values].sort((a, b) => a - b);
      console.log(
        `  p50 ${percentile(sorted, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(sorted, 95).toFixed(1).padStart(6)} ms  ${key}`,
      );
    }
    const p95 = percentile(timings, 95);
    console.log(
      `\nAll queries: p50 ${percentile(timings, 50).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (target: p95 ≤ 20 ms).`,
    );
  } finally {
    await db.$disconnect();
    if (process.env.BENCH_KEEP_DATABASE === "1") console.log(`Kept the database ${name}.`);
    else await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

await main();
