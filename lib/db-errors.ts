// Whether an error means "the database cannot be reached right now" (an outage, a restart, a full
// pool) rather than a bug: such errors become a 503 with Retry-After (issue 12), never a 500 and
// never "sign in". Prisma wraps driver failures; the pg pool throws plain errors on a timeout.

/** Prisma's codes for an unreachable server, a closed connection, a timeout or an exhausted pool. */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same. */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "DatabaseAccessDenied",
]);
/** PostgreSQL SQLSTATEs: connection exceptions (08…), shutting down or starting up (57P…), too many connections. */
const SQLSTATE = /^(08|57P0[1-3]|53300)/;
const DRIVER_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|ECONNRESET|EPIPE|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown } } };
  cause?: unknown;
  name?: unknown;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 3) return false;
  const e = error as ErrorLike;
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SQLSTATE.test(e.code))) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (typeof cause?.kind === "string" && ADAPTER_KINDS.has(cause.kind)) return true;
  if (typeof cause?.originalCode === "string" && SQLSTATE.test(cause.originalCode)) return true;
  if (typeof e.message === "string" && DRIVER_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
