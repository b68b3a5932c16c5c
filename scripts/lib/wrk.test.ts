import { describe, expect, it } from "vitest";

import { parseWrk } from "./wrk";

const SUMMARY = `Running 8s test @ http://127.0.0.1:8480/roles/data-scientist
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.05ms    3.12ms  60.21ms   96.50%
    Req/Sec    23.87k     2.10k   28.11k    71.25%
  Latency Distribution
     50%  456.00us
     75%  612.00us
     90%    1.02ms
     99%    1.20s
  380123 requests in 8.00s, 6.78GB read
  Socket errors: connect 0, read 2, write 0, timeout 1
  Non-2xx or 3xx responses: 3
Requests/sec:  47515.38
Transfer/sec:    867.23MB
`;

describe("parseWrk", () => {
  it("reads the rate, the counts and the latency percentiles in milliseconds", () => {
    expect(parseWrk(SUMMARY)).toEqual({
      requestsPerSecond: 47515.38,
      requests: 380123,
      seconds: 8,
      bytesRead: 6.78 * 1024 ** 3,
      non2xx: 3,
      socketErrors: 3,
      p50Ms: 0.456,
      p99Ms: 1200,
      transferPerSecond: "867.23MB",
    });
  });

  it("counts no errors when wrk reports none", () => {
    const clean = SUMMARY.replace(/ {2}Socket errors.*\n/, "").replace(/ {2}Non-2xx.*\n/, "");
    expect(parseWrk(clean)).toMatchObject({ non2xx: 0, socketErrors: 0 });
  });
});
