import { afterEach, describe, expect, inject, it } from "vitest";

import { createDbClient, type DbClient } from "@/lib/db-client";
import { checkDatabase } from "@/lib/health/check-database";

import { startMemoryPglite } from "../support/test-database";

const clients: DbClient[] = [];
function client(connectionString: string, maxConnections = 2) {
  const db = createDbClient({ connectionString, maxConnections, connectionTimeoutMs: 1_000 });
  clients.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((db) => db.$disconnect()));
});

describe("the database client", () => {
  it("survives its server going away while a connection is idle, and reconnects", async () => {
    const server = await startMemoryPglite();
    const port = Number(new URL(server.url).port);
    const db = client(server.url);
    await db.$queryRaw`SELECT 1`;

    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      // Stopping the server closes the pooled idle connection: without the pool's error
      // listener that 'error' event would crash this process.
      await server.server.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
      await expect(checkDatabase(db)).resolves.toEqual({ status: "down", reason: "unreachable" });

      const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
      const restarted = new PGLiteSocketServer({ db: server.db, host: "127.0.0.1", port, maxConnections: 4 });
      await restarted.start();
      try {
        await expect(checkDatabase(db)).resolves.toMatchObject({ status: "up" });
      } finally {
        await restarted.stop();
      }
    } finally {
      console.warn = warn;
      await server.db.close();
    }
  });

  // pg_terminate_backend is how a PostgreSQL restart or an administrator kills connections; the
  // embedded PGlite has no such function, so this case runs where CI provides a real server.
  it.runIf(inject("databaseKind") === "postgresql")(
    "recovers after PostgreSQL terminates its connections",
    async () => {
      const url = inject("databaseUrl");
      const db = client(url);
      const admin = client(url, 1);
      await db.$queryRaw`SELECT 1`;
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        await admin.$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid()`;
        await new Promise((resolve) => setTimeout(resolve, 200));
        await expect(checkDatabase(db)).resolves.toMatchObject({ status: "up" });
      } finally {
        console.warn = warn;
      }
    },
  );

  it("fails fast with a clear status when nothing listens", async () => {
    const db = client("postgresql://postgres@127.0.0.1:1/postgres", 1);
    const started = Date.now();
    await expect(checkDatabase(db)).resolves.toEqual({ status: "down", reason: "unreachable" });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("gives up on a busy pool after the connection timeout instead of waiting forever", async () => {
    const db = client(inject("databaseUrl"), 1);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => (holding = resolve));
    // An open transaction keeps the pool's only connection busy until we release it.
    const busy = db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        holding();
        await released;
      },
      { timeout: 10_000 },
    );
    await isHolding;
    const started = Date.now();
    const health = await checkDatabase(db, 5_000);
    expect(health).toEqual({ status: "down", reason: "unreachable" });
    expect(Date.now() - started).toBeLessThan(3_000);
    release();
    await busy;
  });
});
