import { readFile } from "node:fs/promises";
import path from "node:path";

import type { LighthouseResult } from "./bench-pages-lighthouse";
import type { Throughput } from "./bench-pages-load";
import type { FontWeight } from "./bench-pages-weight";

// The targets of `npm run bench:pages` (issue 18, item 5), the table it prints, and the commit it
// measured, for the JSON it writes beside the table.

const KB = 1024;

export const TARGETS = {
  /** Each public page's req/s through `npm start`, as a share of the bare Next.js page's. */
  ratioToBare: 0.6,
  /** The comparison page's HTML, uncompressed. */
  comparisonHtmlBytes: 150 * KB,
  /** Lighthouse on desktop: the score the site has always had (issue 18: "desktop stays 100"). */
  desktopScore: 100,
  /** Layout shift: none (the issue's "CLS 0"; Lighthouse reports three decimals). */
  cls: 0,
  // Lighthouse mobile: at least the bare Next.js page's score in the same run (no fixed number:
  // this machine's load moves every score, the bare page's with ours).
};

export interface Verdict {
  name: string;
  value: number;
  target: string;
  pass: boolean;
}

export function verdict(name: string, value: number, op: "≥" | "≤", limit: number, shown: string): Verdict {
  return { name, value, target: `${op} ${shown}`, pass: op === "≥" ? value >= limit : value <= limit };
}

const mark = (v: Verdict | undefined) => (v ? `${v.target} ${v.pass ? "PASS" : "FAIL"}` : "");

/** Columns padded to their widest cell; numbers (cells starting with a digit) right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = header.map((_, i) => rows.every((r) => !r[i] || /^[\d.–-]/.test(r[i])));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...rows.map(line)].join("\n");
}

export const kb = (bytes: number) => (bytes / KB).toFixed(1);
const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0);

export interface PageReport {
  label: string;
  path: string;
  throughput: Throughput;
  /** The bare page's run just before this page's, which its ratio is to. */
  bare: Throughput;
  ratio: Verdict;
  nginx: Throughput;
  weight: { htmlBytes: number; gzipBytes: number; rscBytes: number; rscScripts: number; fonts: FontWeight[] };
  htmlTarget?: Verdict;
  lighthouse?: PageLighthouse & {
    /** This page's mobile score minus the bare page's run just before it, over the pairs. */
    difference: { mean: number; min: number; max: number };
    verdicts: Verdict[];
  };
}

export interface PageLighthouse {
  mobile: LighthouseResult;
  /** The bare page's mobile runs, each taken just before one of this page's. */
  bareMobile: LighthouseResult;
  desktop: LighthouseResult;
}

export interface BareReport {
  /** Every bare-page run, in order: one before each page's. */
  runs: Throughput[];
  weight: PageReport["weight"];
  /** Mobile: every run taken in turn with a page's, all pages together; desktop: its own runs. */
  lighthouse?: { mobile: LighthouseResult; desktop: LighthouseResult };
}

/** A page's Lighthouse targets: mobile score, CLS, desktop score, in that order. */
export function lighthouseVerdicts(label: string, page: PageLighthouse): Verdict[] {
  return [
    verdict(
      `${label}: Lighthouse mobile score`,
      page.mobile.score,
      "≥",
      page.bareMobile.score,
      `${page.bareMobile.score} (the bare page's, in turn)`,
    ),
    verdict(
      `${label}: mobile CLS`,
      Number(page.mobile.cls.toFixed(3)),
      "≤",
      TARGETS.cls,
      String(TARGETS.cls),
    ),
    verdict(
      `${label}: Lighthouse desktop score`,
      page.desktop.score,
      "≥",
      TARGETS.desktopScore,
      String(TARGETS.desktopScore),
    ),
  ];
}

export function printReport(
  bare: BareReport,
  pages: PageReport[],
  settings: { connections: number; warmup: number; seconds: number; database: string },
): void {
  const { connections, warmup, seconds, database } = settings;
  const bareMedian = [...bare.runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[
    Math.floor(bare.runs.length / 2)
  ]!;
  console.log(
    `\n1. Throughput through Next.js: the bare page under next start, ours under npm start (gzip, ${connections} connections, ${seconds} s after a ${warmup} s warm-up; our app on ${database}).` +
      `\n   Each page ran right after a bare-page run, and its ratio is to that run. Server CPU per request is` +
      `\n   the CPU time of all the server's processes over the run ÷ its requests: other work on the machine` +
      `\n   moves it far less than req/s, so "÷ bare, CPU" (the bare page's CPU per request ÷ the page's) is the` +
      `\n   steadier comparison when the bare runs vary.\n`,
  );
  console.log(
    formatTable(
      [
        "page",
        "req/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "CPU ms/req",
        "bare req/s",
        "÷ bare",
        "target",
        "÷ bare, CPU",
      ],
      [
        [
          `bare Next.js page (median of ${bare.runs.length} runs)`,
          bareMedian.requestsPerSecond.toFixed(0),
          ms(bareMedian.p50Ms),
          ms(bareMedian.p99Ms),
          String(bare.runs.reduce((sum, r) => sum + r.errors, 0)),
          bareMedian.cpuMsPerRequest.toFixed(2),
          `${Math.min(...bare.runs.map((r) => r.requestsPerSecond)).toFixed(0)}–${Math.max(...bare.runs.map((r) => r.requestsPerSecond)).toFixed(0)}`,
          "",
          "",
          "",
        ],
        ...pages.map((p) => [
          p.path,
          p.throughput.requestsPerSecond.toFixed(0),
          ms(p.throughput.p50Ms),
          ms(p.throughput.p99Ms),
          String(p.throughput.errors),
          p.throughput.cpuMsPerRequest.toFixed(2),
          p.bare.requestsPerSecond.toFixed(0),
          `${p.ratio.value.toFixed(2)}×`,
          mark(p.ratio),
          `${(p.bare.cpuMsPerRequest / p.throughput.cpuMsPerRequest).toFixed(2)}×`,
        ]),
      ],
    ),
  );

  const bareRates = bare.runs.map((r) => r.requestsPerSecond);
  if (Math.max(...bareRates) > 1.25 * Math.min(...bareRates)) {
    console.log(
      `\n   The bare page's runs varied by more than 25% (${Math.min(...bareRates).toFixed(0)}–${Math.max(...bareRates).toFixed(0)} req/s):` +
        ` other work on the machine; the req/s ratios are rough, the CPU ratios steadier.`,
    );
  }

  console.log(`\n2. The same HTML from disk through nginx (gzip level 6, same load), for information.\n`);
  console.log(
    formatTable(
      ["page", "nginx req/s", "p50 ms", "p99 ms", "errors", "CPU ms/req", "next req/s", "next ÷ nginx"],
      pages.map((p) => [
        p.path,
        p.nginx.requestsPerSecond.toFixed(0),
        ms(p.nginx.p50Ms),
        ms(p.nginx.p99Ms),
        String(p.nginx.errors),
        p.nginx.cpuMsPerRequest.toFixed(2),
        p.throughput.requestsPerSecond.toFixed(0),
        `${(p.throughput.requestsPerSecond / p.nginx.requestsPerSecond).toFixed(2)}×`,
      ]),
    ),
  );

  console.log(`\n3. Page weight (kB = 1,024 bytes; gzip as the server sends it).\n`);
  const weightRow = (label: string, w: PageReport["weight"], target?: Verdict) => [
    label,
    kb(w.htmlBytes),
    kb(w.gzipBytes),
    `${kb(w.rscBytes)}`,
    `${Math.round((100 * w.rscBytes) / w.htmlBytes)}%`,
    String(w.rscScripts),
    mark(target),
    w.fonts.length ? `${w.fonts.length}: ${kb(w.fonts.reduce((sum, f) => sum + f.bytes, 0))} kB` : "none",
  ];
  console.log(
    formatTable(
      [
        "page",
        "HTML kB",
        "gzip kB",
        "RSC kB",
        "RSC share",
        "RSC scripts",
        "target (HTML)",
        "fonts preloaded",
      ],
      [
        weightRow("bare Next.js page", bare.weight),
        ...pages.map((p) => weightRow(p.path, p.weight, p.htmlTarget)),
      ],
    ),
  );
  const fonts = new Map<string, { bytes: number; pages: string[] }>();
  for (const p of pages) {
    for (const f of p.weight.fonts) {
      const entry = fonts.get(f.url) ?? { bytes: f.bytes, pages: [] };
      entry.pages.push(p.path);
      fonts.set(f.url, entry);
    }
  }
  if (fonts.size) {
    console.log("\n   Preloaded fonts:");
    for (const [url, { bytes, pages: on }] of fonts) {
      console.log(
        `   ${kb(bytes).padStart(6)} kB  ${url}  (${on.length === pages.length ? "every page" : on.join(", ")})`,
      );
    }
  }

  const withLighthouse = pages.filter((p) => p.lighthouse);
  if (!bare.lighthouse || withLighthouse.length === 0) {
    console.log("\n4. Lighthouse: not run (add --lighthouse).");
    return;
  }
  console.log(
    `\n4. Lighthouse 12.2.3, median of each number over its runs; on mobile each run of a page came right after` +
      `\n   a run of the bare page, and "bare, in turn" is the median of those bare runs (targets beside the page's numbers).\n`,
  );
  const signed = (value: number) => `${value > 0 ? "+" : ""}${value.toFixed(1).replace(/\.0$/, "")}`;
  const lhRow = (
    label: string,
    mobile: LighthouseResult,
    desktop: LighthouseResult,
    page?: NonNullable<PageReport["lighthouse"]>,
  ) => {
    const v = (i: number) => (page ? (page.verdicts[i]!.pass ? " ✓" : " ✗") : "");
    const d = page?.difference;
    return [
      label,
      `${mobile.score}${v(0)}`,
      page ? String(page.bareMobile.score) : "",
      d ? `${signed(d.mean)} (${signed(d.min)}…${signed(d.max)})` : "",
      ms(mobile.lcpMs),
      ms(mobile.tbtMs),
      `${mobile.cls.toFixed(3)}${v(1)}`,
      `${desktop.score}${v(2)}`,
      `${ms(desktop.lcpMs)}`,
      `${ms(desktop.tbtMs)}`,
      page ? (page.verdicts.every((x) => x.pass) ? "PASS" : "FAIL") : "",
    ];
  };
  console.log(
    formatTable(
      [
        "page",
        "mobile score",
        "bare, in turn",
        "paired Δ mean (range)",
        "LCP ms",
        "TBT ms",
        "CLS",
        "desktop score",
        "desktop LCP ms",
        "desktop TBT ms",
        "targets",
      ],
      [
        lhRow("bare Next.js page (all its mobile runs)", bare.lighthouse.mobile, bare.lighthouse.desktop),
        ...withLighthouse.map((p) =>
          lhRow(p.path, p.lighthouse!.mobile, p.lighthouse!.desktop, p.lighthouse),
        ),
      ],
    ),
  );
  const indexes = [bare.lighthouse, ...withLighthouse.map((p) => p.lighthouse!)].flatMap((r) => [
    ...r.mobile.runs.map((x) => x.benchmarkIndex),
    ...r.desktop.runs.map((x) => x.benchmarkIndex),
  ]);
  console.log(
    `\n   Targets (✓ met, ✗ missed): mobile score ≥ the bare page's taken in turn with it, CLS ${TARGETS.cls}, desktop score ${TARGETS.desktopScore}; LCP and TBT for information.` +
      `\n   Lighthouse's CPU benchmark index over the runs: ${Math.min(...indexes).toFixed(0)}–${Math.max(...indexes).toFixed(0)}` +
      ` (its mobile throttling assumes a fast desktop; a lower or wider range means TBT and LCP read high and noisy).`,
  );
}

/** The summary line under the table, and the missed targets one per line. */
export function printVerdicts(verdicts: Verdict[]): void {
  const failed = verdicts.filter((v) => !v.pass);
  console.log(`\n${verdicts.length - failed.length} of ${verdicts.length} targets met.`);
  if (failed.length) console.log(`Missed:\n${failed.map((v) => `  ${v.name} (${v.target})`).join("\n")}`);
}

/**
 * The commit the checkout is at, read from its .git files (a worktree's too), or null; for telling
 * results of different commits apart in the JSON.
 */
export async function readCommit(root: string): Promise<string | null> {
  try {
    let gitDir = path.join(root, ".git");
    const dotGit = await readFile(gitDir, "utf8").catch(() => null);
    if (dotGit?.startsWith("gitdir:")) gitDir = path.resolve(root, dotGit.slice("gitdir:".length).trim());
    const head = (await readFile(path.join(gitDir, "HEAD"), "utf8")).trim();
    if (!head.startsWith("ref:")) return head;
    const ref = head.slice("ref:".length).trim();
    const common = await readFile(path.join(gitDir, "commondir"), "utf8").then(
      (dir) => path.resolve(gitDir, dir.trim()),
      () => gitDir,
    );
    for (const dir of [gitDir, common]) {
      const loose = await readFile(path.join(dir, ref), "utf8").catch(() => null);
      if (loose) return loose.trim();
    }
    const packed = await readFile(path.join(common, "packed-refs"), "utf8");
    return (
      packed
        .split("\n")
        .find((line) => line.endsWith(` ${ref}`))
        ?.split(" ")[0] ?? null
    );
  } catch {
    return null;
  }
}
