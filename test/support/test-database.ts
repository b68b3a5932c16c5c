import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";

// A fresh, migrated database for a test run: a scratch database on the PostgreSQL server named by
// TEST_DATABASE_URL when it is set (CI), otherwise an in-memory PGlite served on a loopback port.

const root = fileURLToPath(new URL("../..", import.meta.url));
const execFileAsync = promisify(execFile);

export interface TestDatabase {
  url: string;
  kind: "postgresql" | "pglite";
  drop(): Promise<void>;
}

export async function migrateDatabase(url: string): Promise<void> {
  await execFileAsync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url },
  });
}

export function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates an empty database on the server of `serverUrl`; returns its URL and a dropper. */
export async function createScratchDatabase(serverUrl: string, prefix = "test"): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(serverUrl, name),
    kind: "postgresql",
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** An in-memory PGlite behind a socket server on a free loopback port. */
export async function startMemoryPglite(): Promise<
  TestDatabase & { server: PGLiteSocketServer; db: PGlite }
> {
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 16 });
  await server.start();
  const port = server.getServerConn().split(":").at(-1);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    kind: "pglite",
    server,
    db,
    async drop() {
      await server.stop();
      await db.close();
    },
  };
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const database = serverUrl ? await createScratchDatabase(serverUrl) : await startMemoryPglite();
  try {
    await migrateDatabase(database.url);
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}
