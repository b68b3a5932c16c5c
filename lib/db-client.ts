// No "server-only" marker: the command-line scripts and tests create clients with this factory
// too; the app reaches it only through lib/db.ts, which is marked.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "./generated/prisma/client";

// The one factory for database clients. The app uses it through lib/db.ts (server-only); scripts
// such as the seed and the tests call it directly with the URL they were given.

export type DbClient = PrismaClient;

export interface DbClientOptions {
  connectionString: string;
  maxConnections?: number;
  /** How long a query waits for a free or new connection before it fails. */
  connectionTimeoutMs?: number;
  /** Told when a pooled connection is lost (the server went away). */
  onConnectionLost?: (error: Error) => void;
}

export function createDbClient({
  connectionString,
  maxConnections = 10,
  connectionTimeoutMs = 5_000,
  onConnectionLost,
}: DbClientOptions): DbClient {
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    // pg waits forever for a connection by default; a request should fail fast instead.
    connectionTimeoutMillis: connectionTimeoutMs,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, an idle connection killed by a PostgreSQL restart emits an unhandled
  // 'error' and Node exits (brianc/node-postgres#1707). The pool drops the dead client and the
  // next query opens a fresh one, so logging is all there is to do.
  pool.on("error", (error) => {
    console.warn(`[db] idle connection lost: ${error.message}`);
    onConnectionLost?.(error);
  });
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}
