// Turns whatever went wrong into the message and Prisma error code the CLI shows.
// The CLI prints `error_code` and `message` as they are, so these must read well on their own.
import type { ErrorRegistry } from "@prisma/driver-adapter-utils";
import { serverLabel, type ConnectionTarget } from "./connection";

export interface Failure {
  readonly message: string;
  /** Prisma's code (P1001, P3006, …) when the failure has one. */
  readonly errorCode?: string;
  /** A Rust panic: the engine instance must not be used again. */
  readonly isPanic?: boolean;
}

/** Panic messages reported by the WebAssembly engine's panic hook (see installPanicRegistry). */
let lastPanicMessage: string | undefined;

declare global {
  // The engine's panic hook calls `globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message(...)`.
  var PRISMA_WASM_PANIC_REGISTRY: { set_message(message: string): void } | undefined;
}

/**
 * Must run before the engine does anything: without it a Rust panic surfaces as an unreadable
 * TypeError instead of the panic message (notes file, protocol point 6).
 */
export function installPanicRegistry(): void {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    set_message(message: string) {
      lastPanicMessage = message;
    },
  };
}

/**
 * An error thrown by a method of the WebAssembly engine.
 * - user-facing errors carry Prisma's code (`SchemaConnectorError` with `code`);
 * - a panic is a WebAssembly `RuntimeError`, its text held by the panic registry;
 * - a JavaScript error thrown by our adapter code is replaced in the engine's message by
 *   "External error id#N", N being its index in the adapter factory's error registry.
 */
export function describeEngineError(
  error: unknown,
  registry: ErrorRegistry,
  target: ConnectionTarget | undefined,
): Failure {
  const panic = describePanic(error);
  if (panic) return panic;
  const message = resolveExternalErrors(messageOf(error), registry, target);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^P\d{4}$/.test(code)) return { message, errorCode: code };
  return { message };
}

/** A WebAssembly trap after a Rust panic, described by the panic hook's message. */
export function describePanic(error: unknown): Failure | undefined {
  if (!(error instanceof Error) || error.name !== "RuntimeError") return undefined;
  const message = lastPanicMessage ?? error.message;
  return { message: message + panicHint(message), isPanic: true };
}

/**
 * PostgreSQL 18 lists NOT NULL constraints in pg_constraint (contype 'n'), which this engine
 * build's catalog reader does not know, and panics on. PGlite 0.5 is PostgreSQL 18, so every
 * command that reads the database's structure (migrate dev, migrate diff, db pull) hits this there.
 */
function panicHint(message: string): string {
  return message.includes("constraint_type") && message.includes('Text(Some(\\"n\\"))')
    ? "\n\nThis database is PostgreSQL 18 or later (PGlite 0.5 is), whose catalog this schema engine cannot read: create migrations against PostgreSQL 15-17; `migrate deploy` and `migrate status` work on it."
    : "";
}

function resolveExternalErrors(
  message: string,
  registry: ErrorRegistry,
  target: ConnectionTarget | undefined,
): string {
  return message.replace(/External error id#(\d+)/g, (whole, id: string) => {
    const record = registry.consumeError(Number(id));
    return record ? describeConnectionError(record.error, target).message : whole;
  });
}

/** Node's socket error codes for a server that cannot be reached at all. */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ETIMEDOUT",
]);

/**
 * An error from pg, from adapter-pg (a DriverAdapterError wrapping its mapped error), or from
 * our own code, as Prisma's native engine would word it for `target`.
 */
export function describeConnectionError(error: unknown, target: ConnectionTarget | undefined): Failure {
  const cause = driverAdapterCause(error) ?? mapPgError(error);
  if (cause) return describeMappedError(cause, error, target);

  const code = (error as { code?: unknown } | null)?.code;
  const message = messageOf(error);
  // Node reports "localhost" refusing on both ::1 and 127.0.0.1 as an AggregateError with a code.
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return unreachable(target);
  if (/connection timeout|timeout expired/i.test(message)) return unreachable(target, "timed out");
  return { message };
}

/** The SQLSTATEs Prisma reports with codes of its own, in adapter-pg's vocabulary. */
function mapPgError(error: unknown): MappedError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const quoted = typeof message === "string" ? /"([^"]+)"/.exec(message)?.[1] : undefined;
  switch (code) {
    case "3D000":
      return { kind: "DatabaseDoesNotExist", db: quoted };
    case "42P04":
      return { kind: "DatabaseAlreadyExists", db: quoted };
    case "28P01":
      return { kind: "AuthenticationFailed", user: quoted };
    case "28000":
      return { kind: "DatabaseAccessDenied" };
    default:
      return undefined;
  }
}

type MappedError = { kind: string } & Record<string, unknown>;

function driverAdapterCause(error: unknown): MappedError | undefined {
  if (!(error instanceof Error) || error.name !== "DriverAdapterError") return undefined;
  const cause: unknown = error.cause;
  return typeof cause === "object" && cause !== null && typeof (cause as MappedError).kind === "string"
    ? (cause as MappedError)
    : undefined;
}

function describeMappedError(
  cause: MappedError,
  error: unknown,
  target: ConnectionTarget | undefined,
): Failure {
  const server = target ? serverLabel(target) : "the database server";
  switch (cause.kind) {
    case "DatabaseNotReachable":
      return unreachable(target);
    case "DatabaseDoesNotExist":
      return {
        message: `Database \`${text(cause.db, target?.database)}\` does not exist on the database server at \`${server}\`.`,
        errorCode: "P1003",
      };
    case "AuthenticationFailed":
      return {
        message: `Authentication failed against database server at \`${server}\`, the provided database credentials for \`${text(cause.user, target?.user)}\` are not valid.`,
        errorCode: "P1000",
      };
    case "DatabaseAccessDenied":
      return {
        message: `User \`${target?.user ?? "?"}\` was denied access on the database \`${text(cause.db, target?.database)}\``,
        errorCode: "P1010",
      };
    case "DatabaseAlreadyExists":
      return {
        message: `Database \`${text(cause.db, target?.database)}\` already exists on the database server at \`${server}\``,
        errorCode: "P1009",
      };
    case "TlsConnectionError":
      return {
        message: `Error opening a TLS connection: ${text(cause.reason, "unknown reason")}`,
        errorCode: "P1011",
      };
    case "ConnectionClosed":
    case "SocketTimeout":
      return { message: "Server has closed the connection.", errorCode: "P1017" };
    case "postgres":
      return {
        message: `${text(cause.message, messageOf(error))} (PostgreSQL error ${text(cause.code, "?")})`,
      };
    default:
      return { message: `${cause.kind}: ${messageOf(error)}` };
  }
}

/** A field of a mapped error, which adapter-pg fills in only when it could parse it. */
function text(value: unknown, fallback: string | undefined): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : (fallback ?? "?");
}

function unreachable(target: ConnectionTarget | undefined, how?: string): Failure {
  const server = target ? `\`${serverLabel(target)}\`` : "the configured address";
  const detail = how ? ` (${how})` : "";
  return {
    message: `Can't reach database server at ${server}${detail}\n\nPlease make sure your database server is running at ${server}.`,
    errorCode: "P1001",
  };
}

export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return JSON.stringify(error) ?? String(error);
}
