import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { buildComparison } from "@/lib/roles/comparison";
import { getComparisonData, getRoleDetail, listComparisons } from "@/lib/roles/queries";

// The role queries against a seeded database: what the prerendered pages are built from.

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
let db: DbClient;

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 1 });
  await syncContent(db, await loadContent(contentDir));
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
});
