import packageJson from "@/package.json";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health/check-database";
import { reportDatabaseUnavailable } from "@/lib/health/database-status";

// Liveness and readiness in one: 200 when the database answers, 503 when it does not, so a load
// balancer takes this instance out of rotation until the database is back.
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const database = await checkDatabase(db);
  const up = database.status === "up";
  // A load balancer asks every few seconds: what it learns, proxy.ts learns too.
  if (!up) reportDatabaseUnavailable();
  return Response.json(
    {
      status: up ? "ok" : "degraded",
      app: { status: "up", version: packageJson.version, uptimeSeconds: Math.round(process.uptime()) },
      database,
    },
    { status: up ? 200 : 503, headers: { "Cache-Control": "private, no-store" } },
  );
}
