import "server-only";

import type { DbClient } from "@/lib/db-client";
import { snapshotSummarySelect, toSummary } from "@/lib/roles/queries";
import type { RoleRef, SnapshotSummary } from "@/lib/roles/types";

import { pickDemandSnapshot, type DemandCandidate } from "./demand-source";

// The sources list of /methodology: every market snapshot we hold, and for each role which one
// supplies its demand d_T(s). Read at build time; the page is prerendered.

/** A snapshot, with the roles whose demand figures (plan, readiness) come from it. */
export interface MethodologySource extends SnapshotSummary {
  demandFor: RoleRef[];
}

export async function listMethodologySources(db: DbClient): Promise<MethodologySource[]> {
  const rows = await db.marketSnapshot.findMany({
    orderBy: [{ dataMonth: "desc" }, { slug: "asc" }],
    select: {
      ...snapshotSummarySelect,
      skillDemands: { where: { share: { not: null } }, select: { role: { select: { slug: true } } } },
    },
  });
  // A role's demand comes from the snapshot getRoleDemand chooses (pickDemandSnapshot).
  const candidatesByRole = new Map<string, DemandCandidate[]>();
  for (const row of rows) {
    const counts = new Map<string, number>();
    for (const { role } of row.skillDemands) counts.set(role.slug, (counts.get(role.slug) ?? 0) + 1);
    for (const [role, skillsReported] of counts) {
      const list = candidatesByRole.get(role) ?? [];
      list.push({ slug: row.slug, dataMonth: row.dataMonth, skillsReported });
      candidatesByRole.set(role, list);
    }
  }
  const demandSource = new Map(
    [...candidatesByRole].map(([role, candidates]) => [role, pickDemandSnapshot(candidates)?.slug]),
  );
  return rows.map((row) => {
    const summary = toSummary(row);
    return { ...summary, demandFor: summary.roles.filter((r) => demandSource.get(r.slug) === row.slug) };
  });
}
