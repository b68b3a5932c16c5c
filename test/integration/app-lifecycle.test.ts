import { spawn, type ChildProcess } from "node:child_process";
import { access, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The embedded database's life around the app, as a person at a terminal sees it: Ctrl-C reaches
// the whole process group, and afterwards nothing of ours may still be running.

const root = fileURLToPath(new URL("../..", import.meta.url));

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function startApp(command: string, args: string[], dataDir: string): Started {
  // detached: the app gets its own process group, like a shell gives a foreground job.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/run-app.ts", command, ...args], {
    cwd: root,
    detached: true,
    env: { ...process.env, DATABASE_URL: "", EMBEDDED_DB_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

function groupIsGone(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return false;
  } catch {
    return true;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), "lifecycle-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("npm run dev and Ctrl-C", () => {
  it("serves the app on the embedded database, stops everything on Ctrl-C, and reuses the data", async () => {
    const dataDir = path.join(scratch, "dev");
    const port = await freePort();
    const app = startApp("dev", ["-p", String(port), "-H", "127.0.0.1"], dataDir);
    try {
      await waitFor(async () => {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
        return response?.status === 200;
      }, 120_000);
      const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as {
        database: { status: string };
      };
      expect(health.database.status).toBe("up");
      expect(app.output()).toMatch(/Embedded PostgreSQL created/);
      expect(app.output()).toMatch(/Content loaded/);

      process.kill(-app.child.pid!, "SIGINT");
      await app.exited;
      await waitFor(() => groupIsGone(app.child.pid!), 10_000);
      expect(app.output()).toMatch(/Embedded database stopped/);
      expect(await exists(`${dataDir}.lock`)).toBe(false);
    } finally {
      if (!groupIsGone(app.child.pid!)) process.kill(-app.child.pid!, "SIGKILL");
    }

    const again = startApp("migrate", [], dataDir);
    expect(await again.exited).toBe(0);
    expect(again.output()).toMatch(/Embedded PostgreSQL opened/);
    expect(again.output()).toMatch(/No pending migrations/);
  }, 180_000);

  it("finishes a migration that Ctrl-C interrupts, then stops", async () => {
    const dataDir = path.join(scratch, "interrupted");
    const app = startApp("migrate", [], dataDir);
    // Interrupt once the migration is under way (the Prisma CLI has started and read the schema).
    await waitFor(() => /Prisma schema loaded/.test(app.output()), 60_000);
    process.kill(-app.child.pid!, "SIGINT");
    await app.exited;
    expect(app.output()).toMatch(/SIGINT received/);
    // The migration ran to its end in its own process group; the database holds all of it.
    expect(app.output()).toMatch(/Migrations up to date/);
    await waitFor(() => groupIsGone(app.child.pid!), 10_000);

    const status = startApp("prisma", ["migrate", "status"], dataDir);
    expect(await status.exited).toBe(0);
    expect(status.output()).toMatch(/Database schema is up to date/);
  }, 120_000);
});
