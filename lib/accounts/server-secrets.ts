import "server-only";

import { env } from "@/lib/env";

/**
 * AUTH_SECRET, then AUTH_SECRET_PREVIOUS during a rotation. scripts/run-app.ts refuses to start
 * without AUTH_SECRET in production and generates one for the embedded database, so its absence
 * here is a set-up fault worth a clear error.
 */
export function authSecrets(): [string, ...string[]] {
  if (!env.AUTH_SECRET)
    throw new Error("AUTH_SECRET is not set (scripts/run-app.ts sets it; see the README).");
  return env.AUTH_SECRET_PREVIOUS ? [env.AUTH_SECRET, env.AUTH_SECRET_PREVIOUS] : [env.AUTH_SECRET];
}
