import "server-only";

import type { DbClient } from "@/lib/db-client";
import type { SnapshotPopulation } from "@/lib/content/schemas";
import { populationFromDb } from "@/lib/roles/populations";
import type { RoleRef } from "@/lib/roles/types";

import { pickDemandSnapshot, type DemandCandidate } from "./demand-source";

// The sources list of /methodology: every market snapshot we hold, and for each role which one
// supplies its demand d_T(s). Read at build time; the page is prerendered.

export interface MethodologySource {
  slug: string;
  publisher: string;
  title: string;
  url: string;
  /** "YYYY-MM": the month the data describes. */
  dataMonth: string;
  population: SnapshotPopulation;
  roles: RoleRef[];
  /** The roles whose demand figures (plan, readiness) come from this snapshot. */
  demandFor: RoleRef[];
}

export async function listMethodologySources(db: DbClient): Promise<MethodologySource[]> {
  const rows = await db.marketSnapshot.findMany({
    orderBy: [{ dataMonth: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      publisher: true,
      title: true,
      url: true,
      dataMonth: true,
      population: true,
      roles: { orderBy: { position: "asc" }, select: { role: { select: { slug: true, name: true } } } },
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
    const roles = row.roles.map((r) => r.role);
    return {
      slug: row.slug,
      publisher: row.publisher,
      title: row.title,
      url: row.url,
      dataMonth: row.dataMonth.toISOString().slice(0, 7),
      population: populationFromDb(row.population),
      roles,
      demandFor: roles.filter((r) => demandSource.get(r.slug) === row.slug),
    };
  });
}
