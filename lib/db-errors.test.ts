import { describe, expect, it } from "vitest";

import { isDatabaseUnavailable } from "./db-errors";

describe("isDatabaseUnavailable", () => {
  it.each([
    ["Prisma: cannot reach the server", { code: "P1001", message: "Can't reach database server" }],
    ["Prisma: pool timeout", { code: "P2024", message: "Timed out fetching a new connection" }],
    [
      "a raw query through the adapter",
      { code: "P2010", meta: { driverAdapterError: { cause: { kind: "DatabaseNotReachable" } } } },
    ],
    ["pg: connect timeout", new Error("Connection terminated due to connection timeout")],
    ["pg: server went away", new Error("Connection terminated unexpectedly")],
    [
      "PostgreSQL shutting down",
      { code: "57P01", message: "terminating connection due to administrator command" },
    ],
    ["wrapped", { message: "outer", cause: new Error("connect ECONNREFUSED 127.0.0.1:5432") }],
  ])("recognises %s", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ["a unique violation", { code: "P2002", message: "Unique constraint failed" }],
    ["a bug", new TypeError("x is not a function")],
    ["a string", "Connection terminated"],
    ["null", null],
  ])("does not mistake %s for an outage", (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
