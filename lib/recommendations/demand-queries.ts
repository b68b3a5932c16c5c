import "server-only";

import type { DbClient } from "@/lib/db-client";

import { pickDemandSnapshot } from "./demand-source";
import type { SkillDemandInput } from "./model";

// d_T(s) for a role: the skill shares of the snapshot pickDemandSnapshot chooses (the newest that
// reports skills for it; demand-source.ts says how ties are broken). Every figure comes from that
// one snapshot, the role's median salary included, so a plan never mixes sources.
// Two statements in SQL: this is on the path of every plan, dashboard and practice page, and the
// same reads through Prisma's nested selects took six round trips (scripts/bench-plan.ts).

export interface RoleDemand {
  role: { slug: string; name: string };
  snapshot: { slug: string; publisher: string; title: string; url: string; dataMonth: Date };
  roleMedianSalaryUsd: number | null;
  /** Sorted by demand, highest first. */
  skills: SkillDemandInput[];
}

interface CandidateRow {
  roleId: string;
  roleName: string;
  snapshotId: string | null;
  slug: string | null;
  dataMonth: Date | null;
  skillsReported: number;
}

interface SkillRow {
  publisher: string;
  title: string;
  url: string;
  roleMedianSalaryUsd: number | null;
  skillSlug: string | null;
  skillName: string | null;
  share: number | null;
  medianSalaryUsd: number | null;
}

const TTL_MS = 5 * 60_000;
// Public figures, the same for every user, changed only when content/ is synced (at start-up): each
// app process keeps them a few minutes (keyed by client, so tests' databases never share an entry).
type Entry = { loadedAt: number; demand: Promise<RoleDemand | null> };
const cache = new WeakMap<DbClient, Map<string, Entry>>();

/** The role's demand, from memory when loaded in the last five minutes. */
export function getRoleDemand(
  db: DbClient,
  roleSlug: string,
  nowMs = Date.now(),
): Promise<RoleDemand | null> {
  const forClient = cache.get(db) ?? new Map<string, Entry>();
  cache.set(db, forClient);
  const hit = forClient.get(roleSlug);
  if (hit && nowMs - hit.loadedAt < TTL_MS) return hit.demand;
  const demand = loadRoleDemand(db, roleSlug);
  forClient.set(roleSlug, { loadedAt: nowMs, demand });
  demand.catch(() => forClient.delete(roleSlug));
  return demand;
}

async function loadRoleDemand(db: DbClient, roleSlug: string): Promise<RoleDemand | null> {
  // The role and every snapshot reporting skill shares for it, with how many.
  const candidates = await db.$queryRaw<CandidateRow[]>`
    SELECT r."id" AS "roleId", r."name" AS "roleName", s."id" AS "snapshotId", s."slug", s."dataMonth",
           count(d."id")::int AS "skillsReported"
    FROM "Role" r
    LEFT JOIN "SkillDemand" d ON d."roleId" = r."id" AND d."share" IS NOT NULL
    LEFT JOIN "MarketSnapshot" s ON s."id" = d."snapshotId"
    WHERE r."slug" = ${roleSlug}
    GROUP BY r."id", s."id"`;
  const role = candidates[0];
  if (!role) return null;
  const chosen = pickDemandSnapshot(
    candidates.flatMap((c) =>
      c.snapshotId && c.slug && c.dataMonth
        ? [
            {
              snapshotId: c.snapshotId,
              slug: c.slug,
              dataMonth: c.dataMonth,
              skillsReported: c.skillsReported,
            },
          ]
        : [],
    ),
  );
  if (!chosen) return null;
  const rows = await db.$queryRaw<SkillRow[]>`
    SELECT s."publisher", s."title", s."url", f."medianBaseSalaryUsd" AS "roleMedianSalaryUsd",
           k."slug" AS "skillSlug", k."name" AS "skillName", d."share", d."medianSalaryUsd"
    FROM "MarketSnapshot" s
    LEFT JOIN "RoleFigures" f ON f."snapshotId" = s."id" AND f."roleId" = ${role.roleId}
    LEFT JOIN "SkillDemand" d ON d."snapshotId" = s."id" AND d."roleId" = ${role.roleId} AND d."share" IS NOT NULL
    LEFT JOIN "Skill" k ON k."id" = d."skillId"
    WHERE s."id" = ${chosen.snapshotId}
    ORDER BY d."share" DESC, k."name" ASC`;
  const first = rows[0];
  if (!first) return null;
  return {
    role: { slug: roleSlug, name: role.roleName },
    snapshot: {
      slug: chosen.slug,
      publisher: first.publisher,
      title: first.title,
      url: first.url,
      dataMonth: chosen.dataMonth,
    },
    roleMedianSalaryUsd: first.roleMedianSalaryUsd,
    skills: rows.flatMap((row) =>
      row.skillSlug && row.skillName && row.share !== null
        ? [
            {
              skillSlug: row.skillSlug,
              skillName: row.skillName,
              demand: row.share,
              medianSalaryUsd: row.medianSalaryUsd,
            },
          ]
        : [],
    ),
  };
}
