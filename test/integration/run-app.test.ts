import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The start-up script's answers to bad environments and faults: one clear line, exit code 1, and
// the embedded database's folder never wiped behind the user's back.

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function runApp(command: string, env: Record<string, string>): Promise<Result> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/run-app.ts", command],
      {
        cwd: root,
        env: { NODE_ENV: "test", PATH: process.env.PATH, HOME: process.env.HOME, ...env },
        timeout: 90_000,
      },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function listen(port = 0): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

function portOf(server: net.Server): number {
  return (server.address() as net.AddressInfo).port;
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "run-app-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

function expectOneClearLine(result: Result, pattern: RegExp) {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe("scripts/run-app.ts", () => {
  it("refuses to start in production without AUTH_SECRET, in one line, before touching the database", async () => {
    // The port is closed: the secret must be checked before any connection is tried.
    expectOneClearLine(
      await runApp("start", { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/app" }),
      /AUTH_SECRET is not set: production needs it/,
    );
  });

  it("rejects an AUTH_SECRET too short to be a secret", async () => {
    expectOneClearLine(
      await runApp("migrate", { AUTH_SECRET: "short" }),
      /AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("names DATABASE_URL when it is malformed", async () => {
    expectOneClearLine(
      await runApp("migrate", { DATABASE_URL: "localhost:5432/app" }),
      /DATABASE_URL .*postgresql:\/\//,
    );
  });

  it("names DATABASE_URL, the host and what to check when nothing answers", async () => {
    const closed = await listen();
    const port = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    expectOneClearLine(
      await runApp("migrate", { DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/app` }),
      new RegExp(
        `DATABASE_URL: cannot connect to PostgreSQL at 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\): .*is PostgreSQL running`,
      ),
    );
  });

  it("says which port is taken when EMBEDDED_DB_PORT is busy", async () => {
    const busy = await listen();
    try {
      expectOneClearLine(
        await runApp("migrate", {
          EMBEDDED_DB_DIR: path.join(scratch, "busy"),
          EMBEDDED_DB_PORT: String(portOf(busy)),
        }),
        new RegExp(`EMBEDDED_DB_PORT=${portOf(busy)}: that port on 127\\.0\\.0\\.1 is taken`),
      );
    } finally {
      busy.close();
    }
  });

  it("refuses a data folder from another PostgreSQL version without touching it", async () => {
    const dataDir = path.join(scratch, "old");
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, "PG_VERSION"), "16\n");
    await writeFile(path.join(dataDir, "precious"), "data");
    expectOneClearLine(
      await runApp("migrate", { EMBEDDED_DB_DIR: dataDir }),
      /written by PostgreSQL 16.*npm run db:reset/,
    );
    expect((await readdir(dataDir)).sort()).toEqual(["PG_VERSION", "precious"]);
  });

  it("refuses a data folder another live process is using", async () => {
    const dataDir = path.join(scratch, "locked");
    await writeFile(`${dataDir}.lock`, String(process.pid));
    expectOneClearLine(
      await runApp("migrate", { EMBEDDED_DB_DIR: dataDir }),
      /in use by another process \(pid \d+\)/,
    );
  });

  it("creates, migrates and reopens the embedded database, on another port when the usual one is taken", async () => {
    const dataDir = path.join(scratch, "fresh");
    const usual = await listen(54329).catch(() => null); // already taken by something else: fine too
    try {
      const first = await runApp("migrate", { EMBEDDED_DB_DIR: dataDir });
      expect(first.stderr).not.toMatch(/error/i);
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/Port 54329 is taken/);
      expect(first.stdout).toMatch(/Embedded PostgreSQL created/);
      expect(first.stdout).toMatch(/Migrations up to date/);

      const second = await runApp("migrate", { EMBEDDED_DB_DIR: dataDir });
      expect(second.code).toBe(0);
      expect(second.stdout).toMatch(/Embedded PostgreSQL opened/);
      expect(second.stdout).toMatch(/No pending migrations/);
      expect(await readdir(scratch)).not.toContain("fresh.lock");
    } finally {
      usual?.close();
    }
  });
});
