import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import {
  medianRun,
  PAIRED_RUNS,
  pairedScoreDifference,
  RUNS,
  startLighthouse,
  type LighthouseResult,
} from "./lib/bench-pages-lighthouse";
import {
  CONNECTIONS,
  MEASURE_SECONDS,
  measureThroughput,
  requireWrk,
  WARMUP_SECONDS,
  type Throughput,
} from "./lib/bench-pages-load";
import {
  lighthouseVerdicts,
  printReport,
  printVerdicts,
  readCommit,
  TARGETS,
  verdict,
  type BareReport,
  type PageLighthouse,
  type PageReport,
  type Verdict,
} from "./lib/bench-pages-report";
import { makeWorkDir, startApp, startBareNext, startNginx, type Group } from "./lib/bench-pages-servers";
import { measureWeight, type PageWeight } from "./lib/bench-pages-weight";

// `npm run bench:pages [-- --build] [-- --lighthouse] [-- --strict]` (issue 18, item 5): how our
// public pages compare, on this machine and in one run, with two baselines.
//  1. Throughput through Next.js (wrk, gzip, 50 connections, 10 s after a 2 s warm-up) of a bare
//     Next.js page (scripts/fixtures/bare-next, built with our own `next`, under `next start`) and
//     of our pages (under `npm start`: Next.js's request handler in scripts/serve.ts); each page's
//     req/s as a share of the bare page's (target ≥ 0.6×).
//  2. The same HTML of each page from disk through nginx, same load: what serving costs without
//     Next.js, for information.
//  3. Page weight: HTML uncompressed and gzipped, the inline RSC payload in it, preloaded fonts
//     (target: the comparison's HTML ≤ 150 kB).
//  4. With --lighthouse (slow): Lighthouse mobile, each page's runs taken in turn with the bare page's,
//     and desktop; the median of each number over a page's runs.
// Our app is the production build in .next (built first when there is none, or with --build),
// started with `npm start` on its own embedded database (.data/bench-pglite), or on the PostgreSQL
// of DATABASE_URL when that is set. Needs wrk and nginx (`apt-get install -y wrk nginx`). Prints
// a table with PASS/FAIL beside each target and writes .data/bench-pages.json; exits 1 on a
// missed target only with --strict.

const root = fileURLToPath(new URL("..", import.meta.url));
const OUTPUT = path.join(root, ".data", "bench-pages.json");

const PAGES = [
  { label: "home", path: "/", file: "home.html" },
  { label: "role", path: "/roles/machine-learning-engineer", file: "role.html" },
  { label: "comparison", path: "/compare/data-scientist-vs-machine-learning-engineer", file: "compare.html" },
  { label: "question", path: "/questions/detect-and-prevent-training-serving-skew", file: "question.html" },
  { label: "search", path: "/questions?q=p-value", file: "search.html" },
] as const;

const FLAGS = ["--build", "--lighthouse", "--strict"];

const log = (line: string) => console.log(`[bench] ${line}`);

/** Set by Ctrl-C or SIGTERM, after which a failed measurement is no error. */
let interrupted = false;

function parseArgs(args: string[]) {
  const unknown = args.filter((a) => !FLAGS.includes(a));
  if (unknown.length) {
    console.error(
      `Unknown argument ${unknown.join(" ")}. Usage: npm run bench:pages -- [${FLAGS.join("] [")}]`,
    );
    process.exit(2);
  }
  return {
    build: args.includes("--build"),
    lighthouse: args.includes("--lighthouse"),
    strict: args.includes("--strict"),
  };
}

const weightOf = ({ htmlBytes, gzipBytes, rscBytes, rscScripts, fonts }: PageWeight) => ({
  htmlBytes,
  gzipBytes,
  rscBytes,
  rscScripts,
  fonts,
});

function progress(label: string, t: Throughput) {
  if (interrupted) return;
  log(
    `  ${label}: ${t.requestsPerSecond.toFixed(0)} req/s, p50 ${t.p50Ms.toFixed(1)} ms, p99 ${t.p99Ms.toFixed(1)} ms, ` +
      `server CPU ${t.cpuMsPerRequest.toFixed(2)} ms/request (${t.cpuCores.toFixed(2)} cores)` +
      `${t.errors ? `, ${t.errors} errors` : ""}`,
  );
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const wrk = requireWrk();
  const nginxPath = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  if (!existsSync(nginxPath)) throw new Error(`No nginx at ${nginxPath}: run \`apt-get install -y nginx\`.`);

  const started = new Date();
  const loadBefore = os.loadavg();
  const workDir = await makeWorkDir();
  const groups: Group[] = [];
  // One stop for everyone: a signal and main's `finally` both wait for the same one to finish.
  let stopping: Promise<void> | undefined;
  const track = (group: Group) => {
    groups.push(group);
    // A server that started while the others were being stopped is stopped at once.
    if (stopping) void group.stop();
  };
  const stopAll = () =>
    (stopping ??= (async () => {
      for (const group of groups.reverse()) await group.stop().catch(() => undefined);
      await rm(workDir, { recursive: true, force: true });
    })());
  const onSignal = (signal: NodeJS.Signals) => {
    interrupted = true;
    log(`${signal}: stopping the servers…`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  let bare: BareReport;
  let pages: PageReport[];
  let database: string;
  try {
    log("Building and starting the bare Next.js page (scripts/fixtures/bare-next)…");
    const bareServer = await startBareNext(root, workDir, track);
    const app = await startApp(root, { build: options.build, workDir, track, log });
    database = app.database;

    log("Measuring page weight…");
    const bareWeight = await measureWeight(bareServer.baseURL, "/");
    const weights = new Map<string, PageWeight>();
    for (const page of PAGES) weights.set(page.path, await measureWeight(app.baseURL, page.path));

    log(
      `Load through Next.js (bare page: next start; ours: npm start): ${CONNECTIONS} connections, ${WARMUP_SECONDS} s warm-up + ${MEASURE_SECONDS} s each…`,
    );
    const bareRuns: Throughput[] = [];
    const throughput = new Map<string, { page: Throughput; bare: Throughput }>();
    for (const page of PAGES) {
      const bareRun = await measureThroughput(wrk, `${bareServer.baseURL}/`, bareServer.cpuSeconds);
      progress("bare Next.js page", bareRun);
      bareRuns.push(bareRun);
      const run = await measureThroughput(wrk, new URL(page.path, app.baseURL).toString(), app.cpuSeconds);
      progress(page.path, run);
      throughput.set(page.path, { page: run, bare: bareRun });
    }

    log("Load through nginx, the same HTML from disk…");
    const nginx = await startNginx(
      workDir,
      PAGES.map((p) => ({ file: p.file, html: weights.get(p.path)!.html })),
      track,
    );
    const nginxRuns = new Map<string, Throughput>();
    for (const page of PAGES) {
      const run = await measureThroughput(wrk, `${nginx.baseURL}/${page.file}`, nginx.cpuSeconds);
      progress(`nginx ${page.path}`, run);
      nginxRuns.set(page.path, run);
    }
    await nginx.stop();

    let lighthouse: Map<string, PageLighthouse> | undefined;
    let bareDesktop: LighthouseResult | undefined;
    if (options.lighthouse) {
      log(
        `Lighthouse: per page, ${PAIRED_RUNS} mobile runs each right after one of the bare page, and ${RUNS} desktop runs (a quarter of an hour)…`,
      );
      const lh = await startLighthouse(workDir, track);
      const bareURL = `${bareServer.baseURL}/`;
      bareDesktop = await lh.measure(bareURL, "desktop");
      log(`  bare Next.js page: desktop ${bareDesktop.score}`);
      lighthouse = new Map();
      for (const page of PAGES) {
        const url = new URL(page.path, app.baseURL).toString();
        const { page: mobile, baseline: bareMobile } = await lh.measureInTurn(url, bareURL, "mobile");
        const desktop = await lh.measure(url, "desktop");
        log(
          `  ${page.path}: mobile ${mobile.score} (the bare page in turn: ${bareMobile.score}), desktop ${desktop.score}`,
        );
        lighthouse.set(page.path, { mobile, bareMobile, desktop });
      }
    }

    const bareMobileRuns = [...(lighthouse?.values() ?? [])].flatMap((l) => l.bareMobile.runs);
    bare = {
      runs: bareRuns,
      weight: weightOf(bareWeight),
      lighthouse: bareDesktop && {
        mobile: { preset: "mobile", ...medianRun(bareMobileRuns), runs: bareMobileRuns },
        desktop: bareDesktop,
      },
    };
    pages = PAGES.map((page) => {
      const { page: run, bare: bareRun } = throughput.get(page.path)!;
      const weight = weightOf(weights.get(page.path)!);
      const lh = lighthouse?.get(page.path);
      return {
        label: page.label,
        path: page.path,
        throughput: run,
        bare: bareRun,
        ratio: verdict(
          `${page.path}: req/s ÷ bare`,
          run.requestsPerSecond / bareRun.requestsPerSecond,
          "≥",
          TARGETS.ratioToBare,
          `${TARGETS.ratioToBare.toFixed(2)}×`,
        ),
        nginx: nginxRuns.get(page.path)!,
        weight,
        htmlTarget:
          page.label === "comparison"
            ? verdict(
                `${page.path}: HTML bytes`,
                weight.htmlBytes,
                "≤",
                TARGETS.comparisonHtmlBytes,
                "150 kB",
              )
            : undefined,
        lighthouse: lh && {
          ...lh,
          difference: pairedScoreDifference(lh.mobile.runs, lh.bareMobile.runs),
          verdicts: lighthouseVerdicts(page.path, lh),
        },
      };
    });
  } finally {
    await stopAll();
  }

  printReport(bare, pages, {
    connections: CONNECTIONS,
    warmup: WARMUP_SECONDS,
    seconds: MEASURE_SECONDS,
    database,
  });
  const verdicts: Verdict[] = pages.flatMap((p) => [
    p.ratio,
    ...(p.htmlTarget ? [p.htmlTarget] : []),
    ...(p.lighthouse?.verdicts ?? []),
  ]);
  printVerdicts(verdicts);

  const nextVersion = (
    JSON.parse(await readFile(path.join(root, "node_modules/next/package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  await mkdir(path.dirname(OUTPUT), { recursive: true });
  await writeFile(
    OUTPUT,
    `${JSON.stringify(
      {
        startedAt: started.toISOString(),
        finishedAt: new Date().toISOString(),
        commit: await readCommit(root),
        next: nextVersion,
        node: process.version,
        machine: { cpus: os.cpus().length, loadAverageBefore: loadBefore, loadAverageAfter: os.loadavg() },
        database,
        load: {
          tool: "wrk",
          connections: CONNECTIONS,
          warmupSeconds: WARMUP_SECONDS,
          seconds: MEASURE_SECONDS,
        },
        targets: TARGETS,
        bare,
        pages,
        verdicts,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Results written to ${path.relative(process.cwd(), OUTPUT) || OUTPUT}.`);
  return options.strict && verdicts.some((v) => !v.pass) ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Stopping the servers under a measurement makes it fail; the signal handler exits once they are down.
  if (!interrupted) throw error;
}
