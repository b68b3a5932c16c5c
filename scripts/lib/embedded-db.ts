import { constants } from "node:fs";
import { access, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import { FatalError } from "./fatal-error";

// The zero-setup database: PGlite (PostgreSQL compiled to WebAssembly) keeping its files in a
// folder of the project, served on a loopback port by pglite-socket so that Prisma, the Prisma CLI
// and `next` connect to it like to any PostgreSQL.

/** PGlite 0.5 is PostgreSQL 18; a data folder written by another major version cannot be opened. */
const PG_MAJOR = "18";
const RESET_HINT = "To start again with an empty database, run `npm run db:reset` (this deletes its data).";

export interface EmbeddedDatabase {
  url: string;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** Tried first; when it is taken, another free port is used instead. */
  preferredPort: number;
  /** When true, a taken preferredPort is an error rather than a reason to pick another. */
  portIsRequired: boolean;
  log?: (line: string) => void;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One process at a time may open the data folder; a second would corrupt it. */
async function takeLock(lockFile: string): Promise<() => Promise<void>> {
  const existing = await readFile(lockFile, "utf8").catch(() => null);
  const holder = existing ? Number.parseInt(existing, 10) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && processIsAlive(holder)) {
    throw new FatalError(
      `The embedded database in ${path.dirname(lockFile)} is in use by another process (pid ${holder}), ` +
        "probably another `npm run dev` or `npm start`. Stop that one first, or set DATABASE_URL to use a PostgreSQL server.",
    );
  }
  await writeFile(lockFile, String(process.pid));
  return () => rm(lockFile, { force: true });
}

async function checkDataDir(dataDir: string): Promise<"new" | "existing"> {
  const version = await readFile(path.join(dataDir, "PG_VERSION"), "utf8").then(
    (text) => text.trim(),
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return null;
      throw new FatalError(
        `The embedded database folder ${dataDir} cannot be read (${error.code ?? error.message}). ` +
          `Check its permissions. ${RESET_HINT}`,
      );
    },
  );
  if (version === null) return "new";
  if (version !== PG_MAJOR) {
    throw new FatalError(
      `The embedded database folder ${dataDir} was written by PostgreSQL ${version}, but this version of the app ` +
        `embeds PostgreSQL ${PG_MAJOR}, which cannot open it. ${RESET_HINT}`,
    );
  }
  try {
    await access(dataDir, constants.R_OK | constants.W_OK);
  } catch {
    throw new FatalError(
      `The embedded database folder ${dataDir} is not readable and writable by you. ${RESET_HINT}`,
    );
  }
  return "existing";
}

async function openPglite(dataDir: string): Promise<PGlite> {
  try {
    return await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    throw new FatalError(
      `The embedded database in ${dataDir} could not be opened: ${(error as Error).message}. ${RESET_HINT}`,
    );
  }
}

async function choosePort(options: EmbeddedDatabaseOptions): Promise<number> {
  if (await isPortFree(options.preferredPort)) return options.preferredPort;
  if (options.portIsRequired) {
    throw new FatalError(
      `EMBEDDED_DB_PORT=${options.preferredPort}: that port on 127.0.0.1 is taken by another program. ` +
        "Choose another port, or unset EMBEDDED_DB_PORT to let the app pick a free one.",
    );
  }
  options.log?.(
    `Port ${options.preferredPort} is taken; the embedded database will use a free port instead.`,
  );
  return 0;
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const { dataDir } = options;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const releaseLock = await takeLock(`${dataDir}.lock`);
  try {
    const state = await checkDataDir(dataDir);
    const port = await choosePort(options);
    const db = await openPglite(dataDir);
    // Several processes share the database (the app, `next build` workers, the Prisma CLI); the
    // server queues their queries onto PGlite's single session and keeps transactions whole.
    const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 64 });
    await server.start();
    const address = server.getServerConn();
    const actualPort = Number(address.split(":").at(-1));
    options.log?.(
      `Embedded PostgreSQL ${state === "new" ? "created" : "opened"} in ${path.relative(process.cwd(), dataDir) || dataDir}, on 127.0.0.1:${actualPort}.`,
    );
    let stopped = false;
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
      port: actualPort,
      dataDir,
      async stop() {
        if (stopped) return;
        stopped = true;
        await server.stop();
        // close() checkpoints and flushes PGlite's files, so the next start reuses the data.
        await db.close();
        await releaseLock();
      },
    };
  } catch (error) {
    await releaseLock();
    throw error;
  }
}
