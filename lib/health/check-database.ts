import "server-only";

import type { DbClient } from "@/lib/db-client";

export type DatabaseHealth = { status: "up"; latencyMs: number } | { status: "down"; reason: string };

const TIMEOUT_MS = 3_000;

/** Runs a trivial query; "down" when it fails or takes longer than the timeout. */
export async function checkDatabase(db: DbClient, timeoutMs = TIMEOUT_MS): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "up", latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    // The reason is for operators reading the JSON; it names no host or credentials.
    const reason =
      error instanceof Error && /no answer within/.test(error.message) ? error.message : "unreachable";
    return { status: "down", reason };
  } finally {
    clearTimeout(timer);
  }
}
