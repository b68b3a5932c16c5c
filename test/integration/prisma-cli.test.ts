import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Proves prisma/schema-engine/, the bridge that stands in for Prisma's native schema engine
// (../../../shared/notes/prisma-without-native-engines.md): the real prisma CLI, run through it on
// a small schema in a temporary directory, creates, applies and checks migrations, detects drift,
// and leaves no shadow database behind.

const root = fileURLToPath(new URL("../..", import.meta.url));
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const bridge = path.join(root, "prisma/schema-engine/schema-engine");
const CLI_TIMEOUT_MS = 45_000;
const SHADOW_PREFIX = "prisma_migrate_shadow_db_";

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Note {
  id    Int    @id @default(autoincrement())
  title String
}
`;

// A plain object rather than defineConfig(): the temporary directory has no node_modules to
// import "prisma/config" from, and the CLI accepts the object as it is.
const CONFIG = `export default {
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  datasource: { url: process.env.DATABASE_URL },
};
`;

interface CliResult {
  code: number;
  output: string;
}

/** Runs the prisma CLI in `cwd` against `databaseUrl`, through our bridge, never interactively. */
function runPrisma(cwd: string, databaseUrl: string, args: string[]): Promise<CliResult> {
  const { SHADOW_DATABASE_URL: _ignored, FORCE_COLOR: _color, ...inherited } = process.env;
  const env = {
    ...inherited,
    DATABASE_URL: databaseUrl,
    PRISMA_SCHEMA_ENGINE_BINARY: bridge,
    // No update check or telemetry: the machine reaches no Prisma host.
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
  };
  return new Promise((resolve) => {
    // stdin is a pipe, not a TTY: the CLI takes the non-interactive paths, as in CI.
    execFile(
      process.execPath,
      [prismaCli, ...args],
      { cwd, env, timeout: CLI_TIMEOUT_MS },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
      },
    );
  });
}

/** Host, port and credentials of TEST_DATABASE_URL; the database is ours to choose. */
function serverConfig(serverUrl: string, database: string): pg.ClientConfig {
  const url = new URL(serverUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || "postgres",
    ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
    database,
  };
}

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  url.search = "";
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(config: pg.ClientConfig, sql: string): Promise<T[]> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function migrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(path.join(dir, "migrations"), { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function readMigration(dir: string, name: string): Promise<string> {
  return readFile(path.join(dir, "migrations", name, "migration.sql"), "utf8");
}

// `migrate dev` and `migrate diff --from-migrations` need a shadow database, which our bridge
// creates next to the main one. PGlite, the database the other integration tests fall back to
// without TEST_DATABASE_URL, holds a single database and cannot host it, so these tests need a
// real PostgreSQL server.
describe.skipIf(!process.env.TEST_DATABASE_URL)(
  "prisma CLI through the WebAssembly schema engine bridge",
  () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? "";
    const prefix = `prisma_cli_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
    const devDatabase = `${prefix}_dev`;
    const deployDatabase = `${prefix}_deploy`;
    const admin = () => serverConfig(serverUrl, "postgres");
    let workDir = "";
    let shadowsBefore = new Set<string>();

    const shadowDatabases = async (): Promise<Set<string>> => {
      const rows = await query<{ datname: string }>(
        admin(),
        `SELECT datname FROM pg_database WHERE datname LIKE '${SHADOW_PREFIX}%'`,
      );
      return new Set(rows.map((row) => row.datname));
    };

    beforeAll(async () => {
      shadowsBefore = await shadowDatabases();
      await query(admin(), `CREATE DATABASE "${devDatabase}"`);
      await query(admin(), `CREATE DATABASE "${deployDatabase}"`);
      workDir = await mkdtemp(path.join(tmpdir(), "prisma-cli-"));
      await writeFile(path.join(workDir, "schema.prisma"), SCHEMA);
      await writeFile(path.join(workDir, "prisma.config.ts"), CONFIG);
    });

    afterAll(async () => {
      for (const database of [devDatabase, deployDatabase]) {
        await query(admin(), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      }
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    it("(a) migrate dev creates the first migration and applies it", async () => {
      const result = await runPrisma(workDir, databaseUrl(serverUrl, devDatabase), [
        "migrate",
        "dev",
        "--name",
        "first",
      ]);
      expect(result.code, result.output).toBe(0);

      const names = await migrationNames(workDir);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^\d{14}_first$/);
      expect(await readMigration(workDir, names[0] ?? "")).toContain('CREATE TABLE "Note"');
      await expect(readFile(path.join(workDir, "migrations/migration_lock.toml"), "utf8")).resolves.toContain(
        'provider = "postgresql"',
      );

      const rows = await query<{ table: string | null }>(
        serverConfig(serverUrl, devDatabase),
        `SELECT to_regclass('public."Note"')::text AS "table"`,
      );
      expect(rows[0]?.table).toBe('"Note"');
    });

    it("(b) a schema change without a migration is detected, then becomes a pending migration", async () => {
      const url = databaseUrl(serverUrl, devDatabase);
      await writeFile(
        path.join(workDir, "schema.prisma"),
        SCHEMA.replace("  title String\n", "  title String\n  body  String?\n"),
      );

      // Replays the migrations into a shadow database and compares with the schema: exit code 2
      // means "there are differences".
      const diff = await runPrisma(workDir, url, [
        "migrate",
        "diff",
        "--from-migrations",
        "migrations",
        "--to-schema",
        "schema.prisma",
        "--exit-code",
      ]);
      expect(diff.code, diff.output).toBe(2);
      expect(diff.output).toContain("Added column `body`");

      const create = await runPrisma(workDir, url, ["migrate", "dev", "--create-only", "--name", "second"]);
      expect(create.code, create.output).toBe(0);
      const second = (await migrationNames(workDir)).find((name) => name.endsWith("_second"));
      expect(second).toBeDefined();
      expect(await readMigration(workDir, second ?? "")).toMatch(
        /ALTER TABLE "Note" ADD COLUMN\s+"body" TEXT/,
      );

      const status = await runPrisma(workDir, url, ["migrate", "status"]);
      expect(status.code, status.output).toBe(1);
      expect(status.output).toContain("have not yet been applied");
      expect(status.output).toContain(second);
    });

    it("(c) a change made by hand in the database is reported as drift by migrate dev", async () => {
      await query(serverConfig(serverUrl, devDatabase), 'ALTER TABLE "Note" ADD COLUMN "sneaky" INTEGER');

      const result = await runPrisma(workDir, databaseUrl(serverUrl, devDatabase), [
        "migrate",
        "dev",
        "--name",
        "third",
      ]);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toContain(
        "Drift detected: Your database schema is not in sync with your migration history.",
      );
      expect(result.output).toContain("Added column `sneaky`");
      expect((await migrationNames(workDir)).some((name) => name.endsWith("_third"))).toBe(false);
    });

    it("(d) migrate deploy applies every migration to a fresh database, and status says up to date", async () => {
      const url = databaseUrl(serverUrl, deployDatabase);
      const deploy = await runPrisma(workDir, url, ["migrate", "deploy"]);
      expect(deploy.code, deploy.output).toBe(0);
      expect(deploy.output).toContain("All migrations have been successfully applied.");

      const columns = await query<{ column_name: string }>(
        serverConfig(serverUrl, deployDatabase),
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'Note' ORDER BY column_name`,
      );
      expect(columns.map((column) => column.column_name)).toEqual(["body", "id", "title"]);

      const status = await runPrisma(workDir, url, ["migrate", "status"]);
      expect(status.code, status.output).toBe(0);
      expect(status.output).toContain("Database schema is up to date!");
    });

    it("(e) leaves no prisma_migrate_shadow_db_* database on the server", async () => {
      const leftovers = [...(await shadowDatabases())].filter((name) => !shadowsBefore.has(name));
      expect(leftovers).toEqual([]);
    });
  },
);
