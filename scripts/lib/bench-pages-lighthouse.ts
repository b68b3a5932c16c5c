import { mkdtemp } from "node:fs/promises";
import path from "node:path";

import { CHROMIUM_FLAGS, findChromium } from "./chromium";
import { AUX_PORTS, portIn, startGroup, tail, type Group } from "./bench-pages-servers";

// Lighthouse for `npm run bench:pages --lighthouse`: the `lighthouse` package (12.2.3, the last
// release for Node 20) driving Debian's Chromium through its debugging port, performance category
// only, several runs per page and preset with the median of each number reported. Mobile is
// Lighthouse's default (a mid-range phone on slow 4G, simulated); desktop is its desktop preset.

/** Runs per page and preset. */
export const RUNS = 3;
/**
 * Runs per page for a comparison taken in turn (baseline, page, baseline, page…): more than RUNS,
 * since one mobile score moves by several points from load to load on this machine.
 */
export const PAIRED_RUNS = 5;

/**
 * The flags our other Chromium runs use, as Playwright launches it: headless, and without paint
 * holding (Playwright turns it off for every browser it starts; microsoft/playwright#28023).
 * Lighthouse navigates each run from the tab's previous page, and with paint holding on, this
 * machine's headless Chromium 156 showed a page's first frame only at about 1.2 s or 2.2 s whenever
 * the page had not painted within about 0.3 s, its main thread idle in between (traces of our home
 * page: painted at 0.2–0.7 s, shown at ~1.2 or ~2.2 s in most runs; never so with the feature off,
 * nor under Playwright). The bare page, painted sooner, never met it, so the comparison measured
 * that timer rather than the pages. Both are measured with the same flags.
 */
const LIGHTHOUSE_CHROMIUM_FLAGS = ["--headless", ...CHROMIUM_FLAGS, "--disable-features=PaintHolding"];

export type Preset = "mobile" | "desktop";

export interface LighthouseRun {
  /** 0–100, as Lighthouse shows it. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /**
   * Lighthouse's measure of the machine's CPU speed at the time (higher is faster). Its mobile
   * throttling assumes a fast desktop; on a slower or busier machine TBT and LCP come out longer.
   */
  benchmarkIndex: number;
}

export interface LighthouseResult extends LighthouseRun {
  preset: Preset;
  runs: LighthouseRun[];
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each number's own median over the runs (not one median run's numbers). */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: median(runs.map((r) => r.cls)),
    benchmarkIndex: median(runs.map((r) => r.benchmarkIndex)),
  };
}

/** Each run's score minus the baseline run's taken with it: their mean, and the lowest and highest. */
export function pairedScoreDifference(runs: LighthouseRun[], baselineRuns: LighthouseRun[]) {
  if (runs.length === 0 || runs.length !== baselineRuns.length)
    throw new Error(
      `Paired runs need as many baseline runs as runs (${runs.length}, ${baselineRuns.length})`,
    );
  const differences = runs.map((run, i) => run.score - baselineRuns[i]!.score);
  return {
    mean: differences.reduce((sum, d) => sum + d, 0) / differences.length,
    min: Math.min(...differences),
    max: Math.max(...differences),
  };
}

export interface Lighthouse {
  measure(url: string, preset: Preset): Promise<LighthouseResult>;
  /**
   * PAIRED_RUNS runs of `baseline`, each followed at once by one of `url`: both are measured over the
   * same minutes, so a change in the machine's speed during a long benchmark moves both.
   */
  measureInTurn(
    url: string,
    baseline: string,
    preset: Preset,
  ): Promise<{ page: LighthouseResult; baseline: LighthouseResult }>;
  /** Loads the page once as a mobile run does and saves the recording in `dir` (Lighthouse's -G). */
  record(url: string, dir: string): Promise<void>;
}

/**
 * Starts Chromium with a fresh profile in `workDir`, its debugging port on 8580–8589, and returns
 * a measurer that runs Lighthouse in it; the browser's process group goes to `track` to be stopped.
 */
export async function startLighthouse(workDir: string, track: (group: Group) => void): Promise<Lighthouse> {
  // Loaded only with --lighthouse: it is large, and the other measurements do not need it.
  const { default: lighthouse, desktopConfig } = await import("lighthouse");
  const chromium = findChromium();
  if (!chromium)
    throw new Error("No Chromium: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.");
  const port = await portIn(AUX_PORTS);
  const profile = await mkdtemp(path.join(workDir, "chromium-"));
  const group = startGroup(
    chromium,
    [
      ...LIGHTHOUSE_CHROMIUM_FLAGS,
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      "about:blank",
    ],
    { cwd: workDir, log: path.join(workDir, "chromium.log") },
  );
  track(group);
  for (let waited = 0; ; waited += 250) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (group.exited() || waited > 30_000) {
      throw new Error(`Chromium did not open its debugging port:\n${await tail(group.log)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }

  async function once(url: string, preset: Preset): Promise<LighthouseRun> {
    const result = await lighthouse(
      url,
      { port, logLevel: "error", output: "json", onlyCategories: ["performance"] },
      preset === "desktop" ? desktopConfig : undefined,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
    const score = lhr.categories.performance?.score;
    const numeric = (id: string) => {
      const value = lhr.audits[id]?.numericValue;
      if (value === undefined) throw new Error(`Lighthouse on ${url} measured no ${id}`);
      return value;
    };
    if (score === null || score === undefined)
      throw new Error(`Lighthouse on ${url} gave no performance score`);
    return {
      score: Math.round(score * 100),
      lcpMs: numeric("largest-contentful-paint"),
      tbtMs: numeric("total-blocking-time"),
      cls: numeric("cumulative-layout-shift"),
      benchmarkIndex: lhr.environment.benchmarkIndex,
    };
  }

  return {
    async record(url, dir) {
      await lighthouse(url, { port, logLevel: "error", gatherMode: dir, onlyCategories: ["performance"] });
    },
    async measure(url, preset) {
      const runs: LighthouseRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await once(url, preset));
      return { preset, ...medianRun(runs), runs };
    },
    async measureInTurn(url, baseline, preset) {
      const runs: LighthouseRun[] = [];
      const baselineRuns: LighthouseRun[] = [];
      for (let i = 0; i < PAIRED_RUNS; i++) {
        baselineRuns.push(await once(baseline, preset));
        runs.push(await once(url, preset));
      }
      return {
        page: { preset, ...medianRun(runs), runs },
        baseline: { preset, ...medianRun(baselineRuns), runs: baselineRuns },
      };
    },
  };
}
