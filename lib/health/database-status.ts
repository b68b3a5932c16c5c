// Whether the database answers, as proxy.ts asks before every request that needs it (issue 12):
// while it does not, those requests get a 503 with Retry-After at once, instead of a wait, an
// error page or (worse) a page that says "sign in". The answer is kept for a second, and one probe
// runs at a time; any failure seen elsewhere (a lost pooled connection, a route or page that hit
// the outage) marks the database down at once. Kept on globalThis: proxy.ts and the pages are
// bundled apart but run in one process, and must agree.

/** How long an answer is trusted before the next request probes again. */
const FRESH_MS = 1_000;

interface DatabaseStatus {
  up: boolean;
  /** When `up` was last learned (0: never). */
  at: number;
  probing: Promise<boolean> | null;
}

const shared = globalThis as unknown as { databaseStatus?: DatabaseStatus };
const status: DatabaseStatus = (shared.databaseStatus ??= { up: true, at: 0, probing: null });

/** Something failed to reach the database: until a probe succeeds, requests that need it get a 503. */
export function reportDatabaseUnavailable(now = Date.now()): void {
  status.up = false;
  status.at = now;
}

export async function databaseAnswers(probe: () => Promise<boolean>, now = Date.now()): Promise<boolean> {
  if (status.at !== 0 && now - status.at < FRESH_MS) return status.up;
  status.probing ??= probe()
    .catch(() => false)
    .then((up) => {
      status.up = up;
      status.at = Date.now();
      return up;
    })
    .finally(() => {
      status.probing = null;
    });
  return status.probing;
}
