import { createHash } from "node:crypto";
import { hostname } from "node:os";

import pg from "pg";

// A PostgreSQL advisory lock held around a piece of work, so that app instances starting at the
// same moment against one database take turns at migrating it and loading content/ (issue 18,
// item 4). The lock is session-level and lives on one dedicated connection: released in `finally`,
// and released by the server when that connection drops, so a crashed or killed instance never
// leaves it held. Advisory locks belong to a database, so apps on other databases never wait.

/** Derives a signed 64-bit advisory lock key from a name: the first 8 bytes of its SHA-256. */
export function advisoryLockKey(name: string): bigint {
  return createHash("sha256").update(name).digest().readBigInt64BE(0);
}

/**
 * The lock `scripts/run-app.ts` holds while it migrates the database and loads content/.
 * Key 1600132932330852126 = advisoryLockKey(name) (checked by a unit test). In `pg_locks` it shows
 * as locktype 'advisory', classid 372559980, objid 2432438046, objsubid 1 (see pgLocksTag).
 * It differs from Prisma's own migration lock, pg_advisory_lock(72707369), which `prisma migrate
 * deploy` takes inside this one: the same key would make the CLI wait for its parent forever.
 */
export const DATABASE_SETUP_LOCK = {
  name: "interview-prep:database-setup",
  key: 1600132932330852126n,
} as const;

/** How pg_locks shows a bigint advisory key: its high half in classid, its low half in objid. */
export function pgLocksTag(key: bigint): { classid: number; objid: number } {
  const unsigned = BigInt.asUintN(64, key);
  return { classid: Number(unsigned >> 32n), objid: Number(BigInt.asUintN(32, unsigned)) };
}

/** The session holding the lock, as pg_stat_activity describes it. */
export interface LockHolder {
  pid: number;
  /** Null when the server hides it from us (another role without pg_read_all_stats). */
  applicationName: string | null;
  clientAddress: string | null;
  since: Date | null;
}

/** "PostgreSQL session 123, "interview-prep setup, pid 45 on web-1", from 10.0.0.5, connected 12:00:01Z". */
export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return "its session has just let go";
  const parts = [`PostgreSQL session ${holder.pid}`];
  if (holder.applicationName) parts.push(`"${holder.applicationName}"`);
  if (holder.clientAddress) parts.push(`from ${holder.clientAddress}`);
  if (holder.since) parts.push(`connected ${holder.since.toISOString().slice(11, 19)}Z`);
  return parts.join(", ");
}

/** Thrown when the signal given to withAdvisoryLock fires while it waits: the work never ran. */
export class LockWaitAborted extends Error {
  override name = "LockWaitAborted";
  constructor() {
    super("Stopped while waiting for the advisory lock.");
  }
}

export interface AdvisoryLockOptions {
  connectionString: string;
  key: bigint;
  /** Called once, before blocking, when another session holds the lock. */
  onWait?: (holder: LockHolder | null) => void;
  /** Called if the lock's connection drops while the work runs: the lock is then no longer held. */
  onLost?: (error: Error) => void;
  /** Aborting it stops a wait for the lock (the work is then not run). */
  signal?: AbortSignal;
  connectionTimeoutMs?: number;
}

/** Shown in pg_stat_activity, so that whoever waits can say which instance holds the lock. */
const APPLICATION_NAME = `interview-prep setup, pid ${process.pid} on ${hostname()}`.slice(0, 63);

const HOLDER_QUERY = `
  SELECT a.pid, a.application_name, host(a.client_addr) AS client_addr, a.backend_start
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
  WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
    AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
    AND l.classid = $1::oid AND l.objid = $2::oid
  LIMIT 1`;

async function findHolder(client: pg.Client, key: bigint): Promise<LockHolder | null> {
  const { classid, objid } = pgLocksTag(key);
  const { rows } = await client.query<{
    pid: number;
    application_name: string | null;
    client_addr: string | null;
    backend_start: Date | null;
  }>(HOLDER_QUERY, [classid, objid]);
  const row = rows[0];
  if (!row) return null;
  return {
    pid: row.pid,
    applicationName: row.application_name || null,
    clientAddress: row.client_addr,
    since: row.backend_start,
  };
}

/** Cancels the waiting query from a second connection: the waiter leaves the lock's queue at once. */
async function cancelBackend(connectionString: string, pid: number): Promise<void> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT pg_cancel_backend($1)", [pid]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function acquire(client: pg.Client, options: AdvisoryLockOptions): Promise<void> {
  const key = options.key.toString(); // as text: a JavaScript number cannot hold every int8
  const tried = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::int8) AS locked", [
    key,
  ]);
  if (tried.rows[0]?.locked) return;
  const pid = (await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]?.pid;
  options.onWait?.(await findHolder(client, options.key).catch(() => null));

  // From here to sending the blocking query nothing awaits: an abort that came earlier is seen by
  // the check, and a later one cancels that query. (An await between the two, as there was, let a
  // SIGTERM just after "Waiting…" fall in the gap and the wait go on for ever.)
  const { signal } = options;
  if (signal?.aborted) throw new LockWaitAborted();
  const cancel = () => {
    if (pid !== undefined) void cancelBackend(options.connectionString, pid).catch(() => undefined);
  };
  signal?.addEventListener("abort", cancel, { once: true });
  try {
    // No deadline: the holder's migrations and content load may take long, and a holder that dies
    // loses its connection and with it the lock. (Prisma's own lock gives up after 10 s.)
    await client.query("SELECT pg_advisory_lock($1::int8)", [key]);
  } catch (error) {
    if (signal?.aborted) throw new LockWaitAborted();
    throw error;
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
}

/**
 * Runs `work` while holding the session-level advisory lock `key` on a dedicated connection to
 * `connectionString`, waiting for it first if another session holds it.
 */
export async function withAdvisoryLock<T>(options: AdvisoryLockOptions, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: options.connectionString,
    application_name: APPLICATION_NAME,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5_000,
  });
  let working = false;
  // Without a listener, a dropped connection would crash the process with an unhandled 'error'.
  client.on("error", (error) => {
    if (working) options.onLost?.(error);
  });
  await client.connect();
  try {
    await acquire(client, options);
    try {
      // The abort may have come just as the lock was granted: the work must not start then.
      if (options.signal?.aborted) throw new LockWaitAborted();
      working = true;
      return await work();
    } finally {
      working = false;
      await client
        .query("SELECT pg_advisory_unlock($1::int8)", [options.key.toString()])
        .catch(() => undefined);
    }
  } finally {
    // Ending the session releases the lock too, should the unlock above have failed.
    await client.end().catch(() => undefined);
  }
}
