import { apiRoute, json } from "@/lib/api/responses";
import { getSessionUser } from "@/lib/auth";
import { requestNow } from "@/lib/clock";
import { db } from "@/lib/db";
import { getPlan } from "@/lib/recommendations/plan-queries";
import { workedExampleRows } from "@/lib/recommendations/worked-example";

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
      source: `${plan.source.publisher}, ${plan.source.dataMonth.toISOString().slice(0, 7)}`,
      rows: workedExampleRows(plan.gaps),
      readiness: plan.readiness,
    },
  });
});
