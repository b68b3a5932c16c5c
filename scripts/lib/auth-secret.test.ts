import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { AUTH_SECRET_FILE, resolveAuthSecret } from "./auth-secret";

let dataRoot: string;
beforeEach(async () => {
  dataRoot = await mkdtemp(path.join(tmpdir(), "auth-secret-"));
});
afterEach(async () => {
  await rm(dataRoot, { recursive: true, force: true });
});

describe("resolveAuthSecret", () => {
  it("uses the configured secret as it is", async () => {
    const configured = "c".repeat(40);
    expect(await resolveAuthSecret({ configured, production: true, dataRoot })).toBe(configured);
  });

  it("refuses production without one", async () => {
    await expect(resolveAuthSecret({ configured: undefined, production: true, dataRoot })).rejects.toThrow(
      /^AUTH_SECRET is not set/,
    );
  });

  it("generates one locally, keeps it private beside the data and reuses it on the next start", async () => {
    const first = await resolveAuthSecret({ configured: undefined, production: false, dataRoot });
    expect(first.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dataRoot, AUTH_SECRET_FILE);
    expect((await readFile(file, "utf8")).trim()).toBe(first);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await resolveAuthSecret({ configured: undefined, production: false, dataRoot })).toBe(first);
  });
});
