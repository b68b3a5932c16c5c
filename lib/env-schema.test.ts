import { describe, expect, it } from "vitest";

import { EnvError, parseEnv } from "./env-schema";

describe("parseEnv", () => {
  it("uses defaults and treats empty variables as unset", () => {
    const env = parseEnv({ DATABASE_URL: "", NODE_ENV: "production" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATABASE_POOL_MAX).toBe(10);
    expect(env.EMBEDDED_DB_DIR).toBe(".data/pglite");
  });

  it("accepts a PostgreSQL URL", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://u:p@db.example:5432/app" }).DATABASE_URL).toBe(
      "postgresql://u:p@db.example:5432/app",
    );
  });

  it.each([
    ["not a url", /DATABASE_URL is not a URL/],
    ["mysql://u@h/db", /DATABASE_URL starts with "mysql:\/\/"/],
  ])("names DATABASE_URL when it is %s", (value, message) => {
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(EnvError);
    expect(() => parseEnv({ DATABASE_URL: value })).toThrow(message);
  });

  it("names a bad port", () => {
    expect(() => parseEnv({ EMBEDDED_DB_PORT: "99999" })).toThrow(/EMBEDDED_DB_PORT/);
  });
});
