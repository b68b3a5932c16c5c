import "server-only";

import { cache } from "react";

import type { DbClient } from "@/lib/db-client";

import type { SnapshotPopulation as PopulationDb } from "@/lib/generated/prisma/client";

import { hasFigures } from "./has-figures";
import { pairSlug } from "./pairs";
import { populationFromDb } from "./populations";
import type { ReportedFigure, RoleFigures, RoleRef, SnapshotFigures, SnapshotSummary } from "./types";

// Reads for the role and comparison pages. These pages are prerendered at build time, so these
// queries run once per build, not per request. The loaders a page and its generateMetadata both
// call are wrapped in React cache, so each runs once per page.

const roleRef = { select: { slug: true, name: true } } as const;

/** What a SnapshotSummary is read from (toSummary). */
export const snapshotSummarySelect = {
  id: true,
  slug: true,
  publisher: true,
  title: true,
  url: true,
  dataMonth: true,
  population: true,
  caveats: true,
  roles: { orderBy: { position: "asc" }, select: { role: roleRef } },
} as const;

/**
 * Role figures, comparisons and skill demand come from job-postings analyses only; sources about
 * other populations (an occupation's wages, a survey) carry labelled reported figures instead.
 */
const POSTINGS = { population: "JOB_POSTINGS" } as const;

/** Newest data first; among snapshots of the same month, a stable order by slug. */
const newestFirst = [{ dataMonth: "desc" }, { slug: "asc" }] as const;

type SnapshotRow = {
  id: string;
  slug: string;
  publisher: string;
  title: string;
  url: string;
  dataMonth: Date;
  population: PopulationDb;
  caveats: string[];
  roles: { role: RoleRef }[];
};

export function toSummary(row: SnapshotRow): SnapshotSummary {
  return {
    slug: row.slug,
    publisher: row.publisher,
    title: row.title,
    url: row.url,
    dataMonth: row.dataMonth.toISOString().slice(0, 7),
    population: populationFromDb(row.population),
    caveats: row.caveats,
    roles: row.roles.map((r) => r.role),
  };
}

async function loadFigures(db: DbClient, row: SnapshotRow): Promise<SnapshotFigures> {
  const where = { snapshotId: row.id };
  const [figures, breakdowns, demands, reported] = await Promise.all([
    db.roleFigures.findMany({
      where,
      select: {
        role: roleRef,
        medianBaseSalaryUsd: true,
        salarySampleSize: true,
        activePostings: true,
        remoteShare: true,
        entryLevelShare: true,
      },
    }),
    db.roleBreakdown.findMany({
      where,
      orderBy: [{ dimension: "asc" }, { position: "asc" }],
      select: { role: { select: { slug: true } }, dimension: true, label: true, share: true },
    }),
    db.skillDemand.findMany({
      where,
      orderBy: [
        { share: { sort: "desc", nulls: "last" } },
        { medianSalaryUsd: { sort: "desc", nulls: "last" } },
      ],
      select: {
        role: { select: { slug: true } },
        skill: roleRef,
        share: true,
        medianSalaryUsd: true,
        salarySampleSize: true,
        salaryPremiumUsd: true,
      },
    }),
    db.reportedFigure.findMany({
      where,
      orderBy: { position: "asc" },
      select: { key: true, label: true, value: true, unit: true, sampleSize: true },
    }),
  ]);
  const roles: RoleFigures[] = row.roles.map(({ role }) => {
    const own = figures.find((f) => f.role.slug === role.slug);
    return {
      role,
      medianBaseSalaryUsd: own?.medianBaseSalaryUsd ?? null,
      salarySampleSize: own?.salarySampleSize ?? null,
      activePostings: own?.activePostings ?? null,
      remoteShare: own?.remoteShare ?? null,
      entryLevelShare: own?.entryLevelShare ?? null,
      breakdowns: breakdowns
        .filter((b) => b.role.slug === role.slug)
        .map(({ dimension, label, share }) => ({ dimension, label, share })),
      skills: demands
        .filter((d) => d.role.slug === role.slug)
        .map(({ skill, share, medianSalaryUsd, salarySampleSize, salaryPremiumUsd }) => ({
          skill,
          share,
          medianSalaryUsd,
          salarySampleSize,
          salaryPremiumUsd,
        })),
    };
  });
  return { snapshot: toSummary(row), roles, reported: reported as ReportedFigure[] };
}

export const listRoleRefs = cache(async (db: DbClient): Promise<RoleRef[]> => {
  return db.role.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } });
});

export interface RoleListItem extends RoleRef {
  summary: string;
  snapshotCount: number;
  /** The role's figures in the newest snapshot that covers it. */
  latest: { snapshot: SnapshotSummary; figures: RoleFigures } | null;
}

export async function listRoles(db: DbClient): Promise<RoleListItem[]> {
  const roles = await db.role.findMany({
    orderBy: { name: "asc" },
    select: {
      slug: true,
      name: true,
      summary: true,
      snapshotRoles: {
        where: { snapshot: POSTINGS },
        select: { snapshot: { select: snapshotSummarySelect } },
      },
    },
  });
  return Promise.all(
    roles.map(async (role) => {
      const snapshots = role.snapshotRoles.map((s) => s.snapshot).sort(compareNewestFirst);
      // The newest snapshot with figures for this role (a source may only report figures of its own).
      let latest: RoleListItem["latest"] = null;
      for (const snapshot of snapshots) {
        const figures = await loadFigures(db, snapshot);
        const own = figures.roles.find((r) => r.role.slug === role.slug);
        if (own && hasFigures(own)) {
          latest = { snapshot: figures.snapshot, figures: own };
          break;
        }
      }
      return {
        slug: role.slug,
        name: role.name,
        summary: role.summary,
        snapshotCount: snapshots.length,
        latest,
      };
    }),
  );
}

function compareNewestFirst(x: SnapshotRow, y: SnapshotRow): number {
  return y.dataMonth.getTime() - x.dataMonth.getTime() || x.slug.localeCompare(y.slug);
}

export interface ComparisonListItem {
  slug: string;
  a: RoleRef;
  b: RoleRef;
  latest: SnapshotSummary;
  others: SnapshotSummary[];
}

/** Every pair of roles that one snapshot covers, with the newest such snapshot. */
export async function listComparisons(db: DbClient): Promise<ComparisonListItem[]> {
  const snapshots = await db.marketSnapshot.findMany({
    where: POSTINGS,
    orderBy: [...newestFirst],
    select: snapshotSummarySelect,
  });
  const pairs = new Map<string, ComparisonListItem>();
  for (const row of snapshots) {
    if (row.roles.length !== 2) continue;
    const [a, b] = row.roles.map((r) => r.role).sort((x, y) => x.slug.localeCompare(y.slug)) as [
      RoleRef,
      RoleRef,
    ];
    const slug = pairSlug(a.slug, b.slug);
    const existing = pairs.get(slug);
    if (existing) existing.others.push(toSummary(row));
    else pairs.set(slug, { slug, a, b, latest: toSummary(row), others: [] });
  }
  return [...pairs.values()].sort(
    (x, y) => x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name),
  );
}

export interface ComparisonData {
  figures: SnapshotFigures;
  /** Older (or same-month) snapshots of the same pair, listed but not mixed in. */
  others: SnapshotSummary[];
}

export const getComparisonData = cache(
  async (db: DbClient, aSlug: string, bSlug: string): Promise<ComparisonData | null> => {
    const snapshots = await db.marketSnapshot.findMany({
      where: {
        ...POSTINGS,
        AND: [{ roles: { some: { role: { slug: aSlug } } } }, { roles: { some: { role: { slug: bSlug } } } }],
      },
      orderBy: [...newestFirst],
      select: snapshotSummarySelect,
    });
    const [newest, ...others] = snapshots;
    if (!newest) return null;
    return { figures: await loadFigures(db, newest), others: others.map(toSummary) };
  },
);

export interface RoleDetail extends RoleRef {
  summary: string;
  /** This role's figures in every job-postings snapshot that gives figures for it, newest first. */
  sources: { snapshot: SnapshotSummary; figures: RoleFigures; reported: ReportedFigure[] }[];
  /** Job-postings snapshots about this role alone that report figures: what they report. */
  reports: { snapshot: SnapshotSummary; reported: ReportedFigure[] }[];
  /** Sources about other populations (an occupation's wages, a survey): their reported figures. */
  otherMeasures: { snapshot: SnapshotSummary; reported: ReportedFigure[] }[];
  comparisons: { slug: string; other: RoleRef; snapshot: SnapshotSummary }[];
}

export const getRoleDetail = cache(async (db: DbClient, slug: string): Promise<RoleDetail | null> => {
  const role = await db.role.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      summary: true,
      snapshotRoles: { select: { snapshot: { select: snapshotSummarySelect } } },
    },
  });
  if (!role) return null;
  const snapshots = role.snapshotRoles.map((s) => s.snapshot).sort(compareNewestFirst);
  const loaded = await Promise.all(snapshots.map((snapshot) => loadFigures(db, snapshot)));
  const postings = loaded.filter((figures) => figures.snapshot.population === "job-postings");
  const otherMeasures = loaded
    .filter((figures) => figures.snapshot.population !== "job-postings")
    .map((figures) => ({ snapshot: figures.snapshot, reported: figures.reported }));
  const sources = postings.flatMap((figures) => {
    const own = figures.roles.find((r) => r.role.slug === slug);
    return own && hasFigures(own)
      ? [{ snapshot: figures.snapshot, figures: own, reported: figures.reported }]
      : [];
  });
  // A pair's reported figures (its overlap, its gap) belong to its comparison, not to one role.
  const reports = postings
    .filter((figures) => figures.snapshot.roles.length === 1 && figures.reported.length > 0)
    .map((figures) => ({ snapshot: figures.snapshot, reported: figures.reported }));
  const comparisons = new Map<string, RoleDetail["comparisons"][number]>();
  for (const { snapshot } of sources) {
    const other = snapshot.roles.find((r) => r.slug !== slug);
    if (!other) continue;
    const pair = pairSlug(slug, other.slug);
    if (!comparisons.has(pair)) comparisons.set(pair, { slug: pair, other, snapshot });
  }
  return {
    slug: role.slug,
    name: role.name,
    summary: role.summary,
    sources,
    reports,
    otherMeasures,
    comparisons: [...comparisons.values()],
  };
});

export interface SkillDemandByRole {
  role: RoleRef;
  share: number;
  snapshot: SnapshotSummary;
}

/** For each role, the newest source that reports how often its postings ask for the skill. */
export async function getSkillDemandByRole(db: DbClient, skillSlug: string): Promise<SkillDemandByRole[]> {
  return (await getSkillDemands(db, [skillSlug])).get(skillSlug) ?? [];
}

/** getSkillDemandByRole for several skills in one query, keyed by skill slug. */
export async function getSkillDemands(
  db: DbClient,
  skillSlugs: string[],
): Promise<Map<string, SkillDemandByRole[]>> {
  const rows = await db.skillDemand.findMany({
    where: { skill: { slug: { in: skillSlugs } }, share: { not: null }, snapshot: POSTINGS },
    orderBy: [{ snapshot: { dataMonth: "desc" } }, { snapshot: { slug: "asc" } }],
    select: {
      share: true,
      skill: { select: { slug: true } },
      role: roleRef,
      snapshot: { select: snapshotSummarySelect },
    },
  });
  const bySkill = new Map<string, Map<string, SkillDemandByRole>>();
  for (const row of rows) {
    const newest = bySkill.get(row.skill.slug) ?? bySkill.set(row.skill.slug, new Map()).get(row.skill.slug)!;
    // Rows come newest first, so the first per role is the one to keep.
    if (!newest.has(row.role.slug)) {
      newest.set(row.role.slug, { role: row.role, share: row.share!, snapshot: toSummary(row.snapshot) });
    }
  }
  return new Map(
    [...bySkill].map(([skill, roles]) => [skill, [...roles.values()].sort((x, y) => y.share - x.share)]),
  );
}
