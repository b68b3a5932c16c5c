// The driver adapter factory handed to the WebAssembly schema engine: @prisma/adapter-pg, with the
// defects listed in ../../../shared/notes/prisma-without-native-engines.md worked around.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { parseConnectionUrl, withDatabase, type ConnectionTarget } from "./connection";

/** PostgreSQL's type OIDs for the catalog type `"char"` and for `text`. */
const CHAR_OID = 18;
const TEXT_OID = 25;

/** The prefix the prisma CLI and adapter-pg use for temporary shadow databases. */
const SHADOW_DB_PREFIX = "prisma_migrate_shadow_db_";

/** Never connected: it only lends its identity (provider, adapter name) to our factory. */
const OFFICIAL_ADAPTER = new PrismaPg({});

export class BridgePgFactory implements SqlMigrationAwareDriverAdapterFactory {
  // Report the official adapter's identity: the engine may key behaviour on it.
  readonly provider = OFFICIAL_ADAPTER.provider;
  readonly adapterName = OFFICIAL_ADAPTER.adapterName;
  /** Shadow databases created and not yet dropped, so shutdown can drop any the engine left. */
  private readonly liveShadows = new Set<SqlDriverAdapter>();

  /**
   * @param mainUrl the datasource URL; parsed on each connect, so that a missing or malformed URL
   *   becomes a readable answer to the CLI's request instead of a crash at start. (The engine
   *   connects as it starts, so every server-mode command needs a reachable database.)
   * @param shadowServerUrl `shadowDatabaseUrl` when configured: the temporary shadow database is
   *   created on that server, through that URL's database and credentials, and that database
   *   itself is never written to (unlike the native engine, which wipes it). Otherwise the shadow
   *   database is created next to the main one.
   */
  constructor(
    private readonly mainUrl: string | undefined,
    private readonly shadowServerUrl: string | undefined,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return connectAdapter(this.mainTarget());
  }

  /**
   * Replaces adapter-pg's own connectToShadowDb, whose disposer drops the shadow database while
   * its pool still holds connections ("database … is being accessed by other users") and so
   * leaves `prisma_migrate_shadow_db_*` databases behind (third defect in the notes file).
   * Here the shadow pool is closed first, then the database is dropped, then the admin pool.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const server = this.shadowServerUrl ? parseConnectionUrl(this.shadowServerUrl) : this.mainTarget();
    const admin = await connectAdapter(server);
    const name = `${SHADOW_DB_PREFIX}${randomUUID()}`;
    try {
      await admin.executeScript(`CREATE DATABASE ${quoteIdentifier(name)}`);
    } catch (error) {
      await admin.dispose();
      throw error;
    }

    let shadow: SqlDriverAdapter;
    try {
      shadow = await connectAdapter(withDatabase(server, name));
    } catch (error) {
      await dropDatabase(admin, name);
      throw error;
    }

    const closeShadowPool = shadow.dispose.bind(shadow);
    let disposed = false;
    shadow.dispose = async () => {
      if (disposed) return;
      disposed = true;
      this.liveShadows.delete(shadow);
      try {
        await closeShadowPool();
      } finally {
        await dropDatabase(admin, name);
      }
    };
    this.liveShadows.add(shadow);
    return shadow;
  }

  /** Drops shadow databases the engine did not dispose of (e.g. after a failed command). */
  async disposeShadowDatabases(): Promise<void> {
    await Promise.allSettled([...this.liveShadows].map((shadow) => shadow.dispose()));
  }

  private mainTarget(): ConnectionTarget {
    if (this.mainUrl === undefined) {
      throw new Error(
        "No datasource URL: set `datasource.url` in prisma.config.ts (here: the DATABASE_URL variable).",
      );
    }
    return parseConnectionUrl(this.mainUrl);
  }
}

/** An adapter-pg adapter over a pool of our own, which it ends when disposed. */
export function connectAdapter(target: ConnectionTarget): Promise<SqlDriverAdapter> {
  const pool = reportCharColumnsAsText(new pg.Pool(target.config));
  const options = { disposeExternalPool: true, ...(target.schema ? { schema: target.schema } : {}) };
  return new PrismaPg(pool, options).connect();
}

async function dropDatabase(admin: SqlDriverAdapter, name: string): Promise<void> {
  try {
    await admin.executeScript(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)}`);
  } finally {
    await admin.dispose();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * adapter-pg 7.10 cannot map `"char"` (OID 18), which the schema engine's catalog queries return
 * ("Column type 'char' could not be deserialized"). Its values already arrive as strings, so
 * reporting those columns as `text` (OID 25) is enough. adapter-pg queries through
 * `Pool#query` (promise form), which is therefore what we wrap, on our pools only (first defect
 * in the notes file: patching `Client#query` did not help, adapter-pg does not take that path).
 */
function reportCharColumnsAsText(pool: pg.Pool): pg.Pool {
  // The overloads of Pool#query cannot be re-declared one by one; the wrapper forwards its
  // arguments untouched and only inspects what the promise form resolves to.
  const query = pool.query.bind(pool) as unknown as (...args: unknown[]) => unknown;
  const wrapped = (...args: unknown[]): unknown => {
    const pending = query(...args);
    return pending instanceof Promise ? pending.then(rewriteCharFields) : pending;
  };
  pool.query = wrapped as typeof pool.query;
  return pool;
}

function rewriteCharFields<T>(result: T): T {
  // A multi-statement query resolves to one result per statement.
  for (const one of Array.isArray(result) ? result : [result]) {
    const fields: unknown = (one as { fields?: unknown } | null)?.fields;
    if (!Array.isArray(fields)) continue;
    for (const field of fields as pg.FieldDef[]) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}
