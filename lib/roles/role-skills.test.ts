import { fileURLToPath } from "node:url";

import { beforeAll, describe, expect, it } from "vitest";

import { loadContent, type ContentBundle } from "@/lib/content/load";

import { snapshotFiguresFromContent } from "../../test/support/snapshot-figures";
import { distinctSkillCount, skillFigureCount, skillsBySource, type SourceSkills } from "./role-skills";
import type { RoleFigures, SnapshotSummary } from "./types";

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));

/** A role's job-postings sources as getRoleDetail reads them, built from content/. */
function roleSources(bundle: ContentBundle, roleSlug: string) {
  return bundle.snapshots
    .filter((s) => s.population === "job-postings" && s.roles.includes(roleSlug))
    .map((s) => snapshotFiguresFromContent(bundle, s.slug))
    .map((figures) => ({
      snapshot: figures.snapshot,
      figures: figures.roles.find((r) => r.role.slug === roleSlug)!,
    }));
}

describe("Machine Learning Engineer's skill figures, from the stored snapshots", () => {
  let sources: SourceSkills[];
  beforeAll(async () => {
    sources = skillsBySource(roleSources(await loadContent(contentDir), "machine-learning-engineer"));
  });

  it("keeps every source that gives a skill figure, each apart, newest first and richest first within a month", () => {
    expect(sources.map((s) => s.snapshot.slug)).toEqual([
      "interviewstack-ds-vs-mle-2026-06",
      "interviewstack-mle-skills-2026-06",
      "interviewstack-de-vs-mle-2026-06",
      "interviewstack-aie-vs-mle-2026-05",
      "skillenai-ds-vs-mle-skills-2026-04",
    ]);
  });

  it("shows the comparison's 22 MLE shares, not only the newest source's three", () => {
    const dsVsMle = sources[0]!;
    expect(dsVsMle.shares).toHaveLength(22);
    expect(dsVsMle.shares[0]).toMatchObject({ skill: { name: "Machine Learning" }, share: 0.71 });
    expect(dsVsMle.shares.find((s) => s.skill.slug === "pytorch")?.share).toBe(0.42);
    const shares = dsVsMle.shares.map((s) => s.share);
    expect(shares).toEqual([...shares].sort((x, y) => y - x));
  });

  it("keeps each source's skill medians with that source's role median", () => {
    const dsVsMle = sources[0]!;
    expect(dsVsMle.paying.length).toBeGreaterThan(0);
    for (const p of dsVsMle.paying) {
      expect(p.overRoleMedian).toBe(p.medianSalaryUsd - dsVsMle.figures.medianBaseSalaryUsd!);
    }
    const total = sources.reduce((sum, s) => sum + skillFigureCount(s), 0);
    expect(total).toBe(22 + 8 + 2 + 8 + 3 + 1 + 2 + 3);
    expect(distinctSkillCount(sources)).toBeGreaterThanOrEqual(29);
  });
});

const snapshot = (slug: string, dataMonth: string): SnapshotSummary => ({
  slug,
  publisher: "P",
  title: slug,
  url: "https://example.com",
  dataMonth,
  population: "job-postings",
  caveats: [],
  roles: [],
});

const figures = (
  skills: [string, number | null, number | null][],
  median: number | null = null,
): RoleFigures => ({
  role: { slug: "r", name: "R" },
  medianBaseSalaryUsd: median,
  salarySampleSize: null,
  activePostings: 100,
  remoteShare: null,
  entryLevelShare: null,
  breakdowns: [],
  skills: skills.map(([slug, share, medianSalaryUsd]) => ({
    skill: { slug, name: slug },
    share,
    medianSalaryUsd,
    salarySampleSize: null,
    salaryPremiumUsd: null,
  })),
});

describe("skillsBySource on hand-made sources", () => {
  it("drops sources without a skill figure and never fills a missing share", () => {
    const result = skillsBySource([
      { snapshot: snapshot("none", "2026-06"), figures: figures([]) },
      { snapshot: snapshot("old", "2025-01"), figures: figures([["x", 0.2, null]]) },
      {
        snapshot: snapshot("new", "2026-06"),
        figures: figures(
          [
            ["x", null, 150_000],
            ["y", 0.1, null],
          ],
          140_000,
        ),
      },
    ]);
    expect(result.map((s) => s.snapshot.slug)).toEqual(["new", "old"]);
    expect(result[0]!.shares).toEqual([{ skill: { slug: "y", name: "y" }, share: 0.1 }]);
    expect(result[0]!.paying).toEqual([
      {
        skill: { slug: "x", name: "x" },
        medianSalaryUsd: 150_000,
        salarySampleSize: null,
        overRoleMedian: 10_000,
      },
    ]);
    expect(distinctSkillCount(result)).toBe(2);
  });
});
