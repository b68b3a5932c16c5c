import { getRaw } from "./bench-pages-weight";
import { findWrk, runWrk, WRK_MISSING } from "./wrk";

// Load for `npm run bench:pages` (wrk, through ./wrk): every run asks for gzip, keeps its
// connections open, and is bounded in time.

export const CONNECTIONS = 50;
export const WARMUP_SECONDS = 2;
export const MEASURE_SECONDS = 10;
/** wrk's threads; more than the machine's cores would only take CPU from the server. */
const THREADS = 2;
/** A request slower than this counts as a timeout rather than a latency (wrk's default is 2 s). */
const TIMEOUT_SECONDS = 10;

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

/** wrk's path; the error says how to install it. */
export function requireWrk(): string {
  const wrk = findWrk();
  if (!wrk) throw new Error(WRK_MISSING);
  return wrk;
}

/**
 * One page under load: a request that must answer 200 with gzip, a warm-up run that is thrown
 * away (caches filled, the JIT warm), then the measured run.
 */
export async function measureThroughput(
  wrk: string,
  url: string,
  cpuSeconds: () => Promise<number>,
): Promise<Throughput> {
  const probe = await getRaw(url, { "accept-encoding": "gzip" });
  if (probe.status !== 200) throw new Error(`GET ${url} answered ${probe.status}, not 200`);
  if (probe.headers["content-encoding"] !== "gzip") throw new Error(`GET ${url} was not gzipped`);
  const load = (seconds: number) =>
    runWrk(wrk, url, {
      threads: THREADS,
      connections: CONNECTIONS,
      seconds,
      timeoutSeconds: TIMEOUT_SECONDS,
      headers: { "Accept-Encoding": "gzip" },
    });
  await load(WARMUP_SECONDS);
  const cpuBefore = await cpuSeconds();
  const run = await load(MEASURE_SECONDS);
  const cpu = (await cpuSeconds()) - cpuBefore;
  return {
    url,
    requestsPerSecond: run.requestsPerSecond,
    requests: run.requests,
    p50Ms: run.p50Ms,
    p99Ms: run.p99Ms,
    bytesPerResponse: run.requests > 0 ? run.bytesRead / run.requests : 0,
    errors: run.non2xx + run.socketErrors,
    cpuMsPerRequest: run.requests > 0 ? (cpu * 1000) / run.requests : 0,
    cpuCores: cpu / run.seconds,
  };
}
