import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { findExecutable } from "./find-executable";

// The load tool of `npm run deploy:check` and `npm run bench:pages`: wrk (Debian: apt-get install -y
// wrk), written in C, so it takes less of the machine's two cores from the server under test than a
// Node.js load generator would. Its summary is parsed here. Loopback only, bounded in time.

const execFileAsync = promisify(execFile);

export const WRK_MISSING = "wrk is not installed: run `apt-get install -y wrk` (Debian), then try again.";

/** wrk's path, or null when it is not installed. */
export function findWrk(): string | null {
  return findExecutable("wrk");
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  /** How long the run took, as wrk measured it. */
  seconds: number;
  /** Response bytes received over the run (headers and bodies), as wrk rounds them. */
  bytesRead: number;
  /** Responses outside 2xx/3xx. */
  non2xx: number;
  /** Connect, read, write and timeout errors. */
  socketErrors: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes per second of response, as wrk counts them (headers and compressed bodies). */
  transferPerSecond: string;
}

const BYTE_UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

function milliseconds(value: string, unit: string): number {
  const n = Number(value);
  if (unit === "us") return n / 1000;
  if (unit === "s") return n * 1000;
  if (unit === "m") return n * 60_000;
  return n;
}

/** Reads wrk's summary (run with --latency). */
export function parseWrk(output: string): LoadResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? NaN);
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? milliseconds(match[1]!, match[2]!) : NaN;
  };
  const total = /(\d+) requests in ([\d.]+)(us|ms|s|m), ([\d.]+)(B|KB|MB|GB|TB) read/.exec(output);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    seconds: total ? milliseconds(total[2]!, total[3]!) / 1000 : NaN,
    bytesRead: total ? Number(total[4]) * BYTE_UNITS[total[5]!]! : NaN,
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    p50Ms: latency("50"),
    p99Ms: latency("99"),
    transferPerSecond: /Transfer\/sec:\s+(\S+)/.exec(output)?.[1] ?? "?",
  };
}

export interface LoadOptions {
  threads: number;
  connections: number;
  seconds: number;
  headers: Record<string, string>;
  /** A request slower than this counts as a timeout rather than a latency (wrk's default: 2 s). */
  timeoutSeconds?: number;
}

export async function runWrk(wrk: string, url: string, options: LoadOptions): Promise<LoadResult> {
  const timeout = options.timeoutSeconds ?? 2;
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    `--timeout`,
    `${timeout}s`,
    "--latency",
    ...Object.entries(options.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ];
  // wrk stops itself after `seconds`; this only guards against a hung run.
  const { stdout } = await execFileAsync(wrk, args, {
    timeout: (options.seconds + timeout + 30) * 1000,
    killSignal: "SIGKILL",
  });
  const result = parseWrk(stdout);
  if (!Number.isFinite(result.requestsPerSecond)) throw new Error(`could not read wrk's output:\n${stdout}`);
  return result;
}
