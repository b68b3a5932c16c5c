import { spawn, type ChildProcess } from "node:child_process";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadContent, type ContentBundle } from "@/lib/content/load";

import {
  advisoryLockKey,
  DATABASE_SETUP_LOCK,
  LockWaitAborted,
  pgLocksTag,
  withAdvisoryLock,
  type LockHolder,
} from "../../scripts/lib/advisory-lock";
import { createScratchDatabase, type TestDatabase } from "../support/test-database";

// Issue 18, item 4: several instances starting at once against one PostgreSQL database. Each runs
// what `npm start` runs before it serves (`run-app.ts prepare`: migrations, then content/) as its
// own process; they take turns under the setup lock, so the content is loaded exactly once and the
// later instance finds nothing to do. Needs a real server: PGlite serves every connection from one
// session, where an advisory lock excludes nothing (and the app takes none there).

const root = fileURLToPath(new URL("../..", import.meta.url));
const WAITING = /Waiting for another instance to finish migrating the database and loading content…/;
const RUN_TIMEOUT_MS = 180_000;

interface Instance {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startInstance(databaseUrl: string): Instance {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run-app.ts", "prepare"], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // Set, so that no instance writes a generated secret into the project's .data folder.
      AUTH_SECRET: "concurrent-start-test-secret-0123456789abcdef",
      NO_COLOR: "1",
    },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function stopIfRunning(instance: Instance) {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill("SIGKILL");
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** added + changed + removed over the four collections of the "Content loaded" report. */
function contentChanges(output: string): number {
  const lines = [
    ...output.matchAll(
      /^ {2}(skills|roles|snapshots|questions): (\d+) added, (\d+) changed, (\d+) removed\./gm,
    ),
  ];
  expect(lines.map((line) => line[1])).toEqual(["skills", "roles", "snapshots", "questions"]);
  return lines.reduce((sum, line) => sum + Number(line[2]) + Number(line[3]) + Number(line[4]), 0);
}

async function connect(url: string, applicationName = "concurrent-start test"): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, application_name: applicationName });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

async function count(client: pg.Client, sql: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(sql);
  return Number(rows[0]?.n);
}

/** Advisory locks on `key` in the current database: granted ones and sessions waiting for it. */
async function lockState(client: pg.Client, key: bigint): Promise<{ granted: number; waiting: number }> {
  const { classid, objid } = pgLocksTag(key);
  const { rows } = await client.query<{ granted: boolean }>(
    `SELECT granted FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1
       AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND classid = $1::oid AND objid = $2::oid`,
    [classid, objid],
  );
  return {
    granted: rows.filter((row) => row.granted).length,
    waiting: rows.filter((row) => !row.granted).length,
  };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("instances starting at the same moment", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  let bundle: ContentBundle;
  let migrationCount: number;
  const databases: TestDatabase[] = [];

  beforeAll(async () => {
    bundle = await loadContent(path.join(root, "content"));
    const entries = await readdir(path.join(root, "prisma/migrations"), { withFileTypes: true });
    migrationCount = entries.filter((entry) => entry.isDirectory()).length;
  });

  afterAll(async () => {
    await Promise.all(databases.map((database) => database.drop()));
  });

  async function emptyDatabase(): Promise<string> {
    const database = await createScratchDatabase(serverUrl, "concurrent_start");
    databases.push(database);
    return database.url;
  }

  /** Both exited 0; migrations and content are in the database once; one instance did the work. */
  async function expectSetUpOnce(url: string, instances: Instance[]) {
    const codes = await Promise.all(instances.map((instance) => instance.exited));
    const outputs = instances.map((instance) => instance.output());
    expect(codes, outputs.join("\n=====\n")).toEqual([0, 0]);
    for (const output of outputs) expect(output).toMatch(/Migrations up to date/);
    expect(
      outputs.filter((output) => /The following migration\(s\) have been applied/.test(output)),
    ).toHaveLength(1);
    expect(outputs.filter((output) => /No pending migrations to apply/.test(output))).toHaveLength(1);
    // Exactly one report shows additions; the other instance found every row already there.
    const changes = outputs.map(contentChanges).sort((a, b) => a - b);
    expect(changes[0]).toBe(0);
    expect(changes[1]).toBe(
      bundle.skills.length + bundle.roles.length + bundle.snapshots.length + bundle.questions.length,
    );

    const client = await connect(url);
    try {
      const questionFiles = (await readdir(path.join(root, "content/questions"), { recursive: true })).filter(
        (file) => file.endsWith(".md"),
      );
      expect(await count(client, `SELECT count(*) AS n FROM "Question"`)).toBe(questionFiles.length);
      expect(await count(client, `SELECT count(DISTINCT slug) AS n FROM "Question"`)).toBe(
        questionFiles.length,
      );
      expect(await count(client, `SELECT count(*) AS n FROM "Skill"`)).toBe(bundle.skills.length);
      expect(await count(client, `SELECT count(*) AS n FROM "Role"`)).toBe(bundle.roles.length);
      expect(await count(client, `SELECT count(*) AS n FROM "MarketSnapshot"`)).toBe(bundle.snapshots.length);
      expect(await count(client, `SELECT count(*) AS n FROM "QuestionSkill"`)).toBe(
        bundle.questions.reduce((sum, question) => sum + question.skills.length, 0),
      );
      expect(
        await count(
          client,
          `SELECT count(DISTINCT migration_name) AS n FROM _prisma_migrations
           WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        ),
      ).toBe(migrationCount);
      expect(await count(client, `SELECT count(*) AS n FROM _prisma_migrations`)).toBe(migrationCount);
      expect(await lockState(client, DATABASE_SETUP_LOCK.key)).toEqual({ granted: 0, waiting: 0 });
    } finally {
      await client.end();
    }
  }

  it(
    "migrates and loads content exactly once when two instances start together",
    async () => {
      const url = await emptyDatabase();
      const instances = [startInstance(url), startInstance(url)];
      try {
        await expectSetUpOnce(url, instances);
      } finally {
        instances.forEach(stopIfRunning);
      }
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "makes both wait, saying for whom, while another session holds the lock, and goes on when that session dies",
    async () => {
      const url = await emptyDatabase();
      // Stands in for an instance already setting up; both new instances reach the lock while it
      // holds it, so they contend for it at the same instant when it goes.
      const gate = await connect(url, "concurrent-start test gate");
      await gate.query("SELECT pg_advisory_lock($1::int8)", [DATABASE_SETUP_LOCK.key.toString()]);
      const instances = [startInstance(url), startInstance(url)];
      try {
        await waitFor(() => instances.every((instance) => WAITING.test(instance.output())), 60_000);
        for (const instance of instances) {
          expect(instance.output()).toMatch(
            /lock held by PostgreSQL session \d+, "concurrent-start test gate"/,
          );
          expect(instance.output()).not.toMatch(/Migrations up to date/);
        }
        // A crashed holder: its connection ends without an unlock, and the server releases the lock.
        await gate.end();
        await expectSetUpOnce(url, instances);
      } finally {
        instances.forEach(stopIfRunning);
        await gate.end().catch(() => undefined);
      }
    },
    RUN_TIMEOUT_MS,
  );

  it(
    "stops at once on SIGTERM while waiting, having done nothing and leaving no waiter behind",
    async () => {
      const url = await emptyDatabase();
      const gate = await connect(url, "concurrent-start test gate");
      await gate.query("SELECT pg_advisory_lock($1::int8)", [DATABASE_SETUP_LOCK.key.toString()]);
      const instance = startInstance(url);
      try {
        await waitFor(() => WAITING.test(instance.output()), 60_000);
        const signalled = Date.now();
        instance.child.kill("SIGTERM");
        expect(await instance.exited).toBe(0);
        expect(Date.now() - signalled).toBeLessThan(10_000);
        expect(instance.output()).toMatch(/SIGTERM received/);
        expect(instance.output()).not.toMatch(/Migrations up to date|Content loaded/);
        expect(await lockState(gate, DATABASE_SETUP_LOCK.key)).toEqual({ granted: 1, waiting: 0 });
        expect(
          await count(gate, `SELECT count(*) AS n FROM pg_tables WHERE tablename = '_prisma_migrations'`),
        ).toBe(0);
      } finally {
        stopIfRunning(instance);
        await gate.end();
      }
    },
    RUN_TIMEOUT_MS,
  );
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("withAdvisoryLock", () => {
  const serverUrl = process.env.TEST_DATABASE_URL ?? "";
  const key = advisoryLockKey("interview-prep:test:with-advisory-lock");
  let database: TestDatabase;
  let admin: pg.Client;

  beforeAll(async () => {
    database = await createScratchDatabase(serverUrl, "advisory_lock");
    admin = await connect(database.url);
  });

  afterAll(async () => {
    await admin.end();
    await database.drop();
  });

  async function holdLock(): Promise<{ client: pg.Client; pid: number }> {
    const client = await connect(database.url, "advisory-lock test holder");
    await client.query("SELECT pg_advisory_lock($1::int8)", [key.toString()]);
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    return { client, pid: rows[0]!.pid };
  }

  it("releases the lock when the work fails", async () => {
    await expect(
      withAdvisoryLock({ connectionString: database.url, key }, () => Promise.reject(new Error("boom"))),
    ).rejects.toThrow("boom");
    expect(await lockState(admin, key)).toEqual({ granted: 0, waiting: 0 });
  });

  it("waits for the holder, names it, and runs once the holder's session is gone", async () => {
    const holder = await holdLock();
    const seen: (LockHolder | null)[] = [];
    let ran = false;
    const locked = withAdvisoryLock(
      { connectionString: database.url, key, onWait: (who) => seen.push(who) },
      async () => {
        ran = true;
        return (await lockState(admin, key)).granted;
      },
    );
    try {
      await waitFor(async () => (await lockState(admin, key)).waiting === 1, 10_000);
      expect(ran).toBe(false);
      expect(seen).toEqual([
        expect.objectContaining({ pid: holder.pid, applicationName: "advisory-lock test holder" }),
      ]);
      // The holder's process dies: the server ends its session, and the lock with it.
      await admin.query("SELECT pg_terminate_backend($1)", [holder.pid]);
      expect(await locked).toBe(1);
      expect(await lockState(admin, key)).toEqual({ granted: 0, waiting: 0 });
    } finally {
      await holder.client.end().catch(() => undefined);
    }
  });

  it("gives up waiting when aborted just after it says it waits", async () => {
    const holder = await holdLock();
    const stop = new AbortController();
    // The abort comes in the next microtask after onWait, as a SIGTERM soon after "Waiting…" can:
    // it must end the wait, not fall between the checks and leave the query blocked for ever.
    const locked = withAdvisoryLock(
      {
        connectionString: database.url,
        key,
        signal: stop.signal,
        onWait: () => queueMicrotask(() => stop.abort()),
      },
      () => Promise.resolve(),
    );
    const timedOut = new Promise<"still waiting">((resolve) =>
      setTimeout(() => resolve("still waiting"), 10_000).unref(),
    );
    try {
      const outcome = await Promise.race([
        locked.then(
          () => "ran",
          (error: unknown) => error,
        ),
        timedOut,
      ]);
      expect(outcome).toBeInstanceOf(LockWaitAborted);
      await waitFor(async () => (await lockState(admin, key)).waiting === 0, 5_000);
      expect(await lockState(admin, key)).toEqual({ granted: 1, waiting: 0 });
    } finally {
      await holder.client.end();
    }
  });

  it("gives up waiting when aborted, without running the work or staying in the queue", async () => {
    const holder = await holdLock();
    const stop = new AbortController();
    let ran = false;
    const locked = withAdvisoryLock({ connectionString: database.url, key, signal: stop.signal }, () => {
      ran = true;
      return Promise.resolve();
    });
    try {
      await waitFor(async () => (await lockState(admin, key)).waiting === 1, 10_000);
      stop.abort();
      await expect(locked).rejects.toBeInstanceOf(LockWaitAborted);
      expect(ran).toBe(false);
      await waitFor(async () => (await lockState(admin, key)).waiting === 0, 5_000);
      expect(await lockState(admin, key)).toEqual({ granted: 1, waiting: 0 });
    } finally {
      await holder.client.end();
    }
  });
});
