import { isDatabaseUnavailable } from "@/lib/db-errors";
import { reportDatabaseUnavailable } from "@/lib/health/database-status";

// Next.js calls onRequestError for every error a page, action or route handler throws. A page that
// ran into a database outage marks the database down, so proxy.ts answers the next requests with a
// 503 at once instead of trying it again (lib/health/database-status.ts).
export function onRequestError(error: unknown): void {
  if (isDatabaseUnavailable(error)) reportDatabaseUnavailable();
}
