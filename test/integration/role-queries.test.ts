import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadContent } from "@/lib/content/load";
import type { SnapshotContent } from "@/lib/content/schemas";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { buildComparison } from "@/lib/roles/comparison";
import { getComparisonData, getRoleDetail, listComparisons } from "@/lib/roles/queries";

// The role queries against a seeded database: what the prerendered pages are built from.

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
let db: DbClient;

// A source about another population, newer than every postings analysis: it must stay out of the
// comparisons and the figures tables, and show apart on the role page.
const wageSurvey: SnapshotContent = {
  slug: "test-wage-survey-2026-11",
  publisher: "Test statistics office",
  title: "Wages by occupation",
  url: "https://example.com/wages",
  dataMonth: "2026-11",
  roles: ["data-scientist", "machine-learning-engineer"],
  population: "employed-workers",
  caveats: ["Everyone employed in the occupation, not advertised salaries."],
  figures: {},
  reported: [
    {
      key: "median-wage",
      label: "Median annual wage of employed data scientists",
      value: 112_590,
      unit: "usd",
    },
  ],
};

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  const bundle = await loadContent(contentDir);
  await syncContent(db, { ...bundle, snapshots: [...bundle.snapshots, wageSurvey] });
});

afterAll(async () => {
  await db.$disconnect();
});

describe("role queries", () => {
  it("build the DS vs MLE comparison from the newest snapshot covering both, reproducing the published gap", async () => {
    const data = await getComparisonData(db, "data-scientist", "machine-learning-engineer");
    expect(data?.figures.snapshot.slug).toBe("interviewstack-ds-vs-mle-2026-06");
    const c = buildComparison(data!.figures, "data-scientist", "machine-learning-engineer");
    expect(c.salaryGap?.dollars).toBe(42_800);
    expect(Math.round(c.salaryGap!.premium * 100)).toBe(28);
    expect(c.postingRatio?.ratio.toFixed(2)).toBe("1.55");
    const sql = c.skills.find((p) => p.skill.slug === "sql");
    expect([sql?.a, sql?.b]).toEqual([0.46, 0.17]);
  });

  it("list every pair one snapshot covers, once, in alphabetical order", async () => {
    const pairs = await listComparisons(db);
    const slugs = pairs.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain("data-scientist-vs-machine-learning-engineer");
    for (const p of pairs) expect(p.a.slug < p.b.slug).toBe(true);
  });

  it("show a role's figures from every source, newest first, without mixing them", async () => {
    const role = await getRoleDetail(db, "data-scientist");
    const medians = role!.sources.map((s) => s.figures.medianBaseSalaryUsd);
    expect(medians).toEqual(expect.arrayContaining([151_500, 125_000, 127_300, 128_000]));
    const months = role!.sources.map((s) => s.snapshot.dataMonth);
    expect([...months].sort().reverse()).toEqual(months);
    expect(await getRoleDetail(db, "nope")).toBeNull();
  });

  it("keep sources about other populations out of comparisons and figures, and show them apart", async () => {
    const data = await getComparisonData(db, "data-scientist", "machine-learning-engineer");
    expect(data?.figures.snapshot.population).toBe("job-postings");
    expect(data?.others.map((o) => o.slug)).not.toContain(wageSurvey.slug);
    const pairs = await listComparisons(db);
    for (const p of pairs) expect([p.latest, ...p.others].map((s) => s.slug)).not.toContain(wageSurvey.slug);
    const role = await getRoleDetail(db, "data-scientist");
    expect(role!.sources.map((s) => s.snapshot.slug)).not.toContain(wageSurvey.slug);
    expect(role!.otherMeasures).toContainEqual(
      expect.objectContaining({
        snapshot: expect.objectContaining({ slug: wageSurvey.slug, population: "employed-workers" }),
        reported: [expect.objectContaining({ key: "median-wage", value: 112_590 })],
      }),
    );
    expect(role!.otherMeasures.every((m) => m.snapshot.population !== "job-postings")).toBe(true);
  });

  it("list what a source about one role reports, even when it gives no figures table", async () => {
    const role = await getRoleDetail(db, "machine-learning-engineer");
    const report = role!.reports.find((r) => r.snapshot.slug === "jobs-in-data-mle-salary-2023-09");
    expect(report?.reported.map((f) => f.value)).toEqual([165_000, 185_900, 225_000, 9_261]);
    expect(role!.sources.map((s) => s.snapshot.slug)).not.toContain("jobs-in-data-mle-salary-2023-09");
  });
});
