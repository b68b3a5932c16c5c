import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

import { getRaw } from "./bench-pages-weight";

// Load for `npm run bench:pages`: wrk (Debian's, `apt-get install -y wrk`), which is written in C
// and so takes less of our two cores from the server under test than a Node.js load generator
// would. Every run asks for gzip, keeps its connections open, and is bounded in time.

export const CONNECTIONS = 50;
export const WARMUP_SECONDS = 2;
export const MEASURE_SECONDS = 10;
/** wrk's threads; more than the machine's cores would only take CPU from the server. */
const THREADS = 2;
/** A request slower than this counts as a timeout rather than a latency (wrk's default is 2 s). */
const TIMEOUT_SECONDS = 10;

const MARKER = "BENCH-PAGES-RESULT ";

// wrk calls done() once at the end with all threads' statistics; latencies are in microseconds.
const REPORTER = `
wrk.headers["Accept-Encoding"] = "gzip"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '${MARKER}{"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,"meanUs":%.1f,"maxUs":%d,' ..
    '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    latency.mean, latency.max, e.connect, e.read, e.write, e.status, e.timeout))
end
`;

interface WrkSummary {
  requests: number;
  durationUs: number;
  bytes: number;
  p50Us: number;
  p99Us: number;
  meanUs: number;
  maxUs: number;
  connectErrors: number;
  readErrors: number;
  writeErrors: number;
  statusErrors: number;
  timeouts: number;
}

export interface Throughput {
  url: string;
  requestsPerSecond: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes received per response, headers included: shows the gzip was applied. */
  bytesPerResponse: number;
  /** Answers other than 2xx/3xx, plus connect, read, write errors and timeouts. */
  errors: number;
  /** The server's CPU time (all its processes) per request during the measured run. */
  cpuMsPerRequest: number;
  /** The server's CPU time as a share of one core during the measured run (2.0 = both cores). */
  cpuCores: number;
}

/** Checks that wrk is installed; the message says how to install it. */
export async function checkWrk(): Promise<void> {
  try {
    await promisify(execFile)("wrk", ["--version"]);
  } catch (error) {
    // `wrk --version` prints its usage and exits 1; only a missing binary is a problem.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error("wrk is not installed: run `apt-get install -y wrk` (Debian), then try again.");
    }
  }
}

/** Writes the Lua script that makes wrk ask for gzip and report as JSON; returns its path. */
export async function writeReporter(dir: string): Promise<string> {
  const file = path.join(dir, "wrk-report.lua");
  await writeFile(file, REPORTER);
  return file;
}

async function wrk(url: string, seconds: number, reporter: string): Promise<WrkSummary> {
  const { stdout } = await promisify(execFile)(
    "wrk",
    [
      `-t${THREADS}`,
      `-c${CONNECTIONS}`,
      `-d${seconds}s`,
      `--timeout`,
      `${TIMEOUT_SECONDS}s`,
      "-s",
      reporter,
      url,
    ],
    // wrk stops itself after `seconds`; this only guards against a hung run.
    { timeout: (seconds + TIMEOUT_SECONDS + 30) * 1000, killSignal: "SIGKILL" },
  );
  const line = stdout.split("\n").find((l) => l.startsWith(MARKER));
  if (!line) throw new Error(`wrk printed no result for ${url}:\n${stdout}`);
  return JSON.parse(line.slice(MARKER.length)) as WrkSummary;
}

/**
 * One page under load: a request that must answer 200 with gzip, a warm-up run that is thrown
 * away (caches filled, the JIT warm), then the measured run.
 */
export async function measureThroughput(
  url: string,
  reporter: string,
  cpuSeconds: () => Promise<number>,
): Promise<Throughput> {
  const probe = await getRaw(url, { "accept-encoding": "gzip" });
  if (probe.status !== 200) throw new Error(`GET ${url} answered ${probe.status}, not 200`);
  if (probe.headers["content-encoding"] !== "gzip") throw new Error(`GET ${url} was not gzipped`);
  await wrk(url, WARMUP_SECONDS, reporter);
  const cpuBefore = await cpuSeconds();
  const s = await wrk(url, MEASURE_SECONDS, reporter);
  const cpu = (await cpuSeconds()) - cpuBefore;
  return {
    url,
    requestsPerSecond: s.requests / (s.durationUs / 1e6),
    requests: s.requests,
    p50Ms: s.p50Us / 1000,
    p99Ms: s.p99Us / 1000,
    bytesPerResponse: s.requests > 0 ? s.bytes / s.requests : 0,
    errors: s.connectErrors + s.readErrors + s.writeErrors + s.statusErrors + s.timeouts,
    cpuMsPerRequest: s.requests > 0 ? (cpu * 1000) / s.requests : 0,
    cpuCores: cpu / (s.durationUs / 1e6),
  };
}
