import type { DbClient } from "@/lib/db-client";

import { pickDemandSnapshot } from "./demand-source";
import type { SkillDemandInput } from "./model";

// d_T(s) for a role: the skill shares of the snapshot pickDemandSnapshot chooses (the newest that
// reports skills for it; demand-source.ts says how ties are broken). Every figure comes from that one snapshot, the role's
// median salary included, so a plan never mixes sources.

export interface RoleDemand {
  role: { slug: string; name: string };
  snapshot: { slug: string; publisher: string; title: string; url: string; dataMonth: Date };
  roleMedianSalaryUsd: number | null;
  /** Sorted by demand, highest first. */
  skills: SkillDemandInput[];
}

export async function getRoleDemand(db: DbClient, roleSlug: string): Promise<RoleDemand | null> {
  const role = await db.role.findUnique({
    where: { slug: roleSlug },
    select: { id: true, slug: true, name: true },
  });
  if (!role) return null;
  const candidates = await db.marketSnapshot.findMany({
    where: { skillDemands: { some: { roleId: role.id, share: { not: null } } } },
    select: {
      slug: true,
      dataMonth: true,
      _count: { select: { skillDemands: { where: { roleId: role.id, share: { not: null } } } } },
    },
  });
  const chosen = pickDemandSnapshot(
    candidates.map((c) => ({ slug: c.slug, dataMonth: c.dataMonth, skillsReported: c._count.skillDemands })),
  );
  if (!chosen) return null;
  const newest = await db.marketSnapshot.findUnique({
    where: { slug: chosen.slug },
    select: {
      slug: true,
      publisher: true,
      title: true,
      url: true,
      dataMonth: true,
      figures: { where: { roleId: role.id }, select: { medianBaseSalaryUsd: true } },
      skillDemands: {
        where: { roleId: role.id, share: { not: null } },
        orderBy: [{ share: "desc" }, { skill: { name: "asc" } }],
        select: { share: true, medianSalaryUsd: true, skill: { select: { slug: true, name: true } } },
      },
    },
  });
  if (!newest) return null;
  const { figures, skillDemands, ...snapshot } = newest;
  return {
    role: { slug: role.slug, name: role.name },
    snapshot,
    roleMedianSalaryUsd: figures[0]?.medianBaseSalaryUsd ?? null,
    skills: skillDemands.map((row) => ({
      skillSlug: row.skill.slug,
      skillName: row.skill.name,
      demand: row.share ?? 0,
      medianSalaryUsd: row.medianSalaryUsd,
    })),
  };
}
