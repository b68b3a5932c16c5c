import pg from "pg";

import { databaseUrlSchema } from "@/lib/env-schema";

import { FatalError } from "./fatal-error";

// Turns a bad or unreachable DATABASE_URL into one line that says what to check, instead of a
// stack trace from deep inside a driver.

const CONNECT_TIMEOUT_MS = 5_000;

function describeHost(url: URL): string {
  return `${url.hostname}:${url.port || "5432"}`;
}

function hintFor(code: string | undefined): string {
  switch (code) {
    case "ECONNREFUSED":
      return "nothing is listening there: is PostgreSQL running, and are the host and port right?";
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "that host name does not resolve: check its spelling.";
    case "ETIMEDOUT":
    case "CONNECT_TIMEOUT":
      return "no answer in time: check the host, the port and any firewall.";
    case "28P01":
    case "28000":
      return "the server refused the user name or password in the URL.";
    case "3D000":
      return "that database does not exist on the server: create it, or fix its name in the URL.";
    default:
      return "check the host, port, user, password and database name in the URL.";
  }
}

/** Throws a FatalError naming DATABASE_URL, the host and what to check, when it cannot be used. */
export async function checkDatabaseUrl(value: string, variable = "DATABASE_URL"): Promise<void> {
  const parsed = databaseUrlSchema.safeParse(value);
  if (!parsed.success) {
    throw new FatalError(
      `${variable} ${parsed.error.issues[0]?.message ?? "is not a valid PostgreSQL URL"}.`,
    );
  }
  const url = new URL(value);
  const client = new pg.Client({ connectionString: value, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  // A connection that fails after connect() resolves emits 'error'; without a listener it would crash.
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const err = error as NodeJS.ErrnoException & { code?: string };
    const code = err.code ?? (/timeout/i.test(err.message) ? "CONNECT_TIMEOUT" : undefined);
    throw new FatalError(
      `${variable}: cannot connect to PostgreSQL at ${describeHost(url)} (${code ?? err.message}): ${hintFor(code)}`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
