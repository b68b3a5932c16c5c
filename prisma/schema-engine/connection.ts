// Turns a PostgreSQL connection URL into pg settings held as separate fields.
//
// Why not hand `{ connectionString }` to pg: adapter-pg builds its shadow-database pool as
// `{ ...config, database }`, and pg lets a connectionString override the separate `database`
// field, so the "shadow" database silently became the main one ("relation already exists").
// See ../../../shared/notes/prisma-without-native-engines.md, second defect.
import type pg from "pg";

export interface ConnectionTarget {
  /** Host, port, user, password, database, ssl: never a connectionString (see above). */
  readonly config: pg.PoolConfig;
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly database: string;
  /** Prisma's `?schema=` parameter; PostgreSQL's default search path when absent. */
  readonly schema: string | undefined;
}

/** Prisma's default `connect_timeout` (seconds); pg would otherwise wait forever. */
const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;

export function parseConnectionUrl(url: string): ConnectionTarget {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error("The datasource URL is not a valid URL (expected postgresql://user@host:port/db)");
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new Error(
      `The schema engine bridge only speaks PostgreSQL, but the datasource URL starts with \`${parsed.protocol}//\``,
    );
  }

  const params = parsed.searchParams;
  // `?host=/path` is how libpq URLs name a Unix socket directory; it wins over the authority part.
  const host = params.get("host") ?? (stripBrackets(parsed.hostname) || "localhost");
  const port = Number(parsed.port || params.get("port") || 5432);
  const user = decodeURIComponent(parsed.username) || "postgres";
  const password = parsed.password === "" ? undefined : decodeURIComponent(parsed.password);
  // Prisma's engines connect to `postgres` when the URL names no database.
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres";
  const timeoutSeconds = Number(params.get("connect_timeout") ?? DEFAULT_CONNECT_TIMEOUT_SECONDS);

  const config: pg.PoolConfig = {
    host,
    port,
    user,
    database,
    ssl: sslFromParams(params),
    // 0 means "no timeout" to both Prisma and pg.
    connectionTimeoutMillis: Math.max(0, timeoutSeconds) * 1000,
    ...(password === undefined ? {} : { password }),
  };
  return { config, host, port, user, database, schema: params.get("schema") ?? undefined };
}

/** The same server and credentials, another database (shadow and maintenance connections). */
export function withDatabase(target: ConnectionTarget, database: string): ConnectionTarget {
  return { ...target, database, config: { ...target.config, database } };
}

/** `host:port`, as Prisma's error messages name a server. */
export function serverLabel(target: ConnectionTarget): string {
  return `${target.host}:${target.port}`;
}

/**
 * libpq's sslmode, as far as pg can follow it. pg cannot "try TLS, then fall back", so `prefer`
 * and `allow` (and no sslmode at all) connect without TLS: right for the local servers and the
 * PGlite socket server we use; a TLS-only server needs `sslmode=require` or stricter.
 */
function sslFromParams(params: URLSearchParams): pg.PoolConfig["ssl"] {
  const acceptInvalidCerts = params.get("sslaccept") === "accept_invalid_certs";
  switch (params.get("sslmode")) {
    case "require":
      // libpq's `require` encrypts without verifying the certificate.
      return { rejectUnauthorized: false };
    case "verify-ca":
    case "verify-full":
      return { rejectUnauthorized: !acceptInvalidCerts };
    default:
      return false;
  }
}

function stripBrackets(hostname: string): string {
  // URL keeps IPv6 literals bracketed ("[::1]"); sockets want them bare.
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}
