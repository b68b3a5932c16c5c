import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { startLighthouse } from "./lib/bench-pages-lighthouse";
import type { Group } from "./lib/bench-pages-servers";
import {
  editNetworkLog,
  parsePattern,
  parseScale,
  type DevtoolsLogEntry,
  type NetworkEdits,
} from "./lib/lighthouse-replay";

// `npm run lighthouse:replay -- record <url> <dir> [runs]`: loads the page `runs` times (3) as
// Lighthouse's mobile run does, in Chromium with bench:pages's flags, saving each recording in <dir>/1, <dir>/2…
// `npm run lighthouse:replay -- replay <dir> [--drop <pattern>] [--scale <pattern>=<factor>]…`:
// Lighthouse's mobile score, FCP, LCP and TBT recomputed from each recording, with the requests whose
// URL matches --drop taken out and the responses matching a --scale pattern that many times their size
// (scripts/lib/lighthouse-replay.ts). Patterns are regular expressions on the URL.
// Example: is the font worth its bytes? `replay .data/lh-role --drop woff2` against `replay .data/lh-role`.

const USAGE =
  "Usage: npm run lighthouse:replay -- record <url> <dir> [runs]\n" +
  "       npm run lighthouse:replay -- replay <dir> [--drop <pattern>] [--scale <pattern>=<factor>]…";

async function record(url: string, dir: string, runs: number) {
  const groups: Group[] = [];
  const workDir = await mkdtemp(path.join(os.tmpdir(), "lighthouse-replay-"));
  try {
    const lighthouse = await startLighthouse(workDir, (group) => groups.push(group));
    for (let run = 1; run <= runs; run++) {
      await lighthouse.record(url, path.join(dir, String(run)));
      console.log(`recorded ${url} in ${path.join(dir, String(run))}`);
    }
  } finally {
    for (const group of groups) await group.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Lighthouse's result for one recording with its network log edited (on a copy: the recording stays). */
async function audit(recording: string, edits: NetworkEdits) {
  const { default: lighthouse } = await import("lighthouse");
  const copy = await mkdtemp(path.join(os.tmpdir(), "lighthouse-replay-"));
  try {
    await cp(recording, copy, { recursive: true });
    const logFile = path.join(copy, "defaultPass.devtoolslog.json");
    const log = JSON.parse(await readFile(logFile, "utf8")) as DevtoolsLogEntry[];
    await writeFile(logFile, JSON.stringify(editNetworkLog(log, edits)));
    const result = await lighthouse(undefined, {
      auditMode: copy,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance"],
    });
    const lhr = result?.lhr;
    if (!lhr || lhr.runtimeError)
      throw new Error(`Lighthouse could not replay ${recording}: ${lhr?.runtimeError?.message}`);
    return lhr;
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

async function replay(dir: string, edits: NetworkEdits) {
  const names = await readdir(dir).catch(() => {
    throw new Error(`No recordings in ${dir}: it cannot be read. Record some first.`);
  });
  const runs = names.filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(a) - Number(b));
  if (runs.length === 0) throw new Error(`No recordings in ${dir}: record some first.`);
  for (const run of runs) {
    const lhr = await audit(path.join(dir, run), edits);
    const ms = (id: string) => Math.round(lhr.audits[id]?.numericValue ?? NaN);
    const score = Math.round((lhr.categories.performance?.score ?? NaN) * 100);
    console.log(
      `run ${run}: score ${score}, FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms`,
    );
  }
}

function optionValues(args: string[], name: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== name) continue;
    const value = args[i + 1];
    if (value === undefined) throw new Error(`${name} needs a value.\n${USAGE}`);
    values.push(value);
  }
  return values;
}

const [command, ...args] = process.argv.slice(2);
try {
  if (command === "record" && args[0] && args[1]) {
    const runs = Number(args[2] ?? 3);
    if (!Number.isInteger(runs) || runs < 1)
      throw new Error(`runs must be a whole number from 1, not ${args[2]}`);
    await record(args[0], path.resolve(args[1]), runs);
  } else if (command === "replay" && args[0]) {
    const drops = optionValues(args, "--drop");
    await replay(path.resolve(args[0]), {
      drop:
        drops.length > 0
          ? new RegExp(drops.map((drop) => parsePattern("--drop", drop).source).join("|"))
          : undefined,
      scale: optionValues(args, "--scale").map(parseScale),
    });
  } else {
    console.error(USAGE);
    process.exit(2);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
