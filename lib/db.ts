import "server-only";

import { createDbClient, type DbClient } from "./db-client";
import { env } from "./env";
import { reportDatabaseUnavailable } from "./health/database-status";

// The app's one Prisma client. Marked server-only so a client component that imports a query
// module fails the build instead of dragging `pg` into the browser bundle. Kept on globalThis, so
// that proxy.ts (bundled apart from the pages, in the same process) shares its pool, and dev
// reloads do not open a new pool each time.

const globalForDb = globalThis as unknown as { db?: DbClient };

function createAppDbClient(): DbClient {
  if (!env.DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm run dev` or `npm start`, which provide the " +
        "embedded database, or set DATABASE_URL to a PostgreSQL URL.",
    );
  }
  return createDbClient({
    connectionString: env.DATABASE_URL,
    maxConnections: env.DATABASE_POOL_MAX,
    // The next request that needs the database is answered 503 without waiting on it.
    onConnectionLost: () => reportDatabaseUnavailable(),
  });
}

export const db: DbClient = (globalForDb.db ??= createAppDbClient());
