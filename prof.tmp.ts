import { createDbClient } from "@/lib/db-client";
import { getDashboard } from "@/lib/progress/dashboard";
import { listBookmarks, listRecentAttempts } from "@/lib/progress/progress-queries";
import { currentStreak, longestStreak } from "@/lib/progress/streak";
import { attemptHeatMap } from "@/lib/progress/calendar";
const db = createDbClient({ connectionString: process.env.DB!, maxConnections: 10 });
const u = await db.user.findFirstOrThrow({ where: { email: "bench-0@example.test" }, select: { id: true } });
const userId = u.id; const now = new Date(); const tz = "America/New_York";
async function t(label: string, f: () => Promise<unknown> | unknown) {
  for (let i = 0; i < 5; i++) await f();
  const xs: number[] = [];
  for (let i = 0; i < 30; i++) { const s = process.hrtime.bigint(); await f(); xs.push(Number(process.hrtime.bigint() - s) / 1e6); }
  xs.sort((a, b) => a - b); console.log(label.padEnd(20), xs[15]!.toFixed(2), xs[28]!.toFixed(2));
}
await t("user", () => db.user.findUnique({ where: { id: userId }, select: { timeZone: true, targetRole: { select: { slug: true, name: true } } } }));
const since = new Date(now.getTime() - 85 * 86400000);
const heat = await db.attempt.findMany({ where: { userId, createdAt: { gte: since } }, select: { createdAt: true } });
await t("heat", () => db.attempt.findMany({ where: { userId, createdAt: { gte: since } }, select: { createdAt: true } }));
const days = await db.$queryRaw<{ firstAt: Date }[]>`SELECT MIN("createdAt") AS "firstAt", COUNT(*)::int AS attempts FROM "Attempt" WHERE "userId" = ${userId} GROUP BY date_trunc('day', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz})`;
await t("days", () => db.$queryRaw`SELECT MIN("createdAt") AS "firstAt", COUNT(*)::int AS attempts FROM "Attempt" WHERE "userId" = ${userId} GROUP BY date_trunc('day', ("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${tz})`);
await t("due", () => db.reviewState.findMany({ where: { userId, due: { lt: new Date(now.getTime() + 8 * 86400000) } }, select: { due: true } }));
await t("recent", () => listRecentAttempts(db, userId, 10));
await t("bookmarks", () => listBookmarks(db, userId, 10));
await t("heatmap js", () => attemptHeatMap(heat.map((h) => h.createdAt), tz, now, 12));
await t("streaks js", () => [currentStreak(days.map(d => d.firstAt), tz, now), longestStreak(days.map(d => d.firstAt), tz, now)]);
await t("dashboard", () => getDashboard(db, userId, now));
await db.$disconnect();
