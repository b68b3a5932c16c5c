import { db } from "@/lib/db";

import { checkDatabase } from "./check-database";

// Whether the database answers, as proxy.ts asks it before every request that needs the database
// (issue 12): while it does not, those requests get a 503 with Retry-After at once instead of a
// wait, an error page, or (worse) a page that says "sign in". One probe runs at a time, and its
// answer is kept for a couple of seconds, so a busy site asks the database about once per interval.

const FRESH_MS = 2_000;
/** A probe longer than this counts as down: a request should not wait on a database in trouble. */
const PROBE_TIMEOUT_MS = 1_500;

let known: { up: boolean; at: number } | null = null;
let probing: Promise<boolean> | null = null;

export async function databaseAnswers(now = Date.now()): Promise<boolean> {
  if (known && now - known.at < FRESH_MS) return known.up;
  probing ??= checkDatabase(db, PROBE_TIMEOUT_MS)
    .then((health) => health.status === "up")
    .then((up) => {
      known = { up, at: Date.now() };
      return up;
    })
    .finally(() => {
      probing = null;
    });
  return probing;
}
