import "server-only";

import { db } from "@/lib/db";
import type { RoleRef } from "@/lib/roles/types";

// The sources list of /methodology: every market snapshot we hold, and for each role which one
// supplies its demand d_T(s). Read at build time; the page is prerendered.

export interface MethodologySource {
  slug: string;
  publisher: string;
  title: string;
  url: string;
  /** "YYYY-MM": the month the data describes. */
  dataMonth: string;
  roles: RoleRef[];
  /** The roles whose demand figures (plan, readiness) come from this snapshot. */
  demandFor: RoleRef[];
}

export async function listMethodologySources(): Promise<MethodologySource[]> {
  const rows = await db.marketSnapshot.findMany({
    // The same order as getRoleDemand (demand-queries.ts): newest data first, ties by slug.
    orderBy: [{ dataMonth: "desc" }, { slug: "asc" }],
    select: {
      slug: true,
      publisher: true,
      title: true,
      url: true,
      dataMonth: true,
      roles: { orderBy: { position: "asc" }, select: { role: { select: { slug: true, name: true } } } },
      skillDemands: { where: { share: { not: null } }, select: { role: { select: { slug: true } } } },
    },
  });
  // A role's demand comes from the first snapshot, in that order, that reports a skill share for it.
  const demandSource = new Map<string, string>();
  for (const row of rows) {
    for (const { role } of row.skillDemands) {
      if (!demandSource.has(role.slug)) demandSource.set(role.slug, row.slug);
    }
  }
  return rows.map((row) => {
    const roles = row.roles.map((r) => r.role);
    return {
      slug: row.slug,
      publisher: row.publisher,
      title: row.title,
      url: row.url,
      dataMonth: row.dataMonth.toISOString().slice(0, 7),
      roles,
      demandFor: roles.filter((r) => demandSource.get(r.slug) === row.slug),
    };
  });
}
