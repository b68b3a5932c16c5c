import { apiRoute, json } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { getPlan } from "@/lib/recommendations/plan-queries";
import { workedExampleRows } from "@/lib/recommendations/worked-example";
import { formatMonthOf } from "@/lib/format";

/**
 * The signed-in user's plan as worked-example rows, for /methodology (a prerendered page that
 * shows the visitor's own numbers once it knows who is looking). `{ signedIn: false }` otherwise.
 */
export const GET = apiRoute(async () => {
  const user = await getSessionUser();
  if (!user) return json({ signedIn: false });
  const plan = await getPlan(db, user.id, await requestNow(), "demand", { questionsPerSkill: 0 });
  if (!plan || plan.status !== "ok") return json({ signedIn: true, plan: null });
  return json({
    signedIn: true,
    plan: {
      roleName: plan.targetRole.name,
      source: `${plan.source.publisher}, ${formatMonthOf(plan.source.dataMonth)}`,
      rows: workedExampleRows(plan.gaps),
      readiness: plan.readiness,
    },
  });
});
