import { execFile } from "node:child_process";
import { promisify } from "node:util";

import { findExecutable } from "./find-executable";

// The load tool of `npm run deploy:check`'s throughput check: wrk (Debian: apt-get install -y wrk),
// whose summary is parsed here. Loopback only, bounded in time.

const execFileAsync = promisify(execFile);

export function findWrk(): string | null {
  return findExecutable("wrk");
}

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  /** Responses outside 2xx/3xx. */
  non2xx: number;
  /** Connect, read, write and timeout errors. */
  socketErrors: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes per second of response, as wrk counts them (headers and compressed bodies). */
  transferPerSecond: string;
}

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
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    requests: number(/(\d+) requests in/),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    p50Ms: latency("50"),
    p99Ms: latency("99"),
    transferPerSecond: /Transfer\/sec:\s+(\S+)/.exec(output)?.[1] ?? "?",
  };
}

export async function runWrk(
  wrk: string,
  url: string,
  options: { threads: number; connections: number; seconds: number; headers: Record<string, string> },
): Promise<LoadResult> {
  const args = [
    `-t${options.threads}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    "--latency",
    ...Object.entries(options.headers).flatMap(([name, value]) => ["-H", `${name}: ${value}`]),
    url,
  ];
  const { stdout } = await execFileAsync(wrk, args, { timeout: (options.seconds + 30) * 1000 });
  const result = parseWrk(stdout);
  if (!Number.isFinite(result.requestsPerSecond)) throw new Error(`could not read wrk's output:\n${stdout}`);
  return result;
}
