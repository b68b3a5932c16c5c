import { fileURLToPath } from "node:url";

import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";

import { loadContent } from "@/lib/content/load";
import { formatPercentRounded, formatRatio, formatShare, formatUsd } from "@/lib/format";

import { snapshotFiguresFromContent } from "../../test/support/snapshot-figures";
import {
  buildComparison,
  computedOverlap,
  divergences,
  pairSkills,
  salaryGap,
  splitByThreshold,
  type Comparison,
} from "./comparison";
import type { RoleFigures } from "./types";

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));

describe("the DS vs MLE comparison, from the stored snapshot", () => {
  let c: Comparison;
  beforeAll(async () => {
    const bundle = await loadContent(contentDir);
    const figures = snapshotFiguresFromContent(bundle, "interviewstack-ds-vs-mle-2026-06");
    c = buildComparison(figures, "data-scientist", "machine-learning-engineer");
  });

  it("reproduces the published salary gap ($42,800) and premium (28%)", () => {
    expect(c.salaryGap).toMatchObject({
      higher: { slug: "machine-learning-engineer" },
      lower: { slug: "data-scientist" },
      dollars: 42_800,
    });
    expect(formatUsd(c.salaryGap!.dollars)).toBe("$42,800");
    expect(formatPercentRounded(c.salaryGap!.premium)).toBe("28%");
  });

  it("reproduces the published posting ratio (1.55x, DS larger)", () => {
    expect(c.postingRatio).toMatchObject({
      larger: { slug: "data-scientist" },
      largerPostings: 7_317,
      smallerPostings: 4_718,
    });
    expect(formatRatio(c.postingRatio!.ratio)).toBe("1.55×");
  });

  it("reproduces the demand differences for SQL (46% vs 17%) and PyTorch (13% vs 42%) as the sharpest", () => {
    const sql = c.skills.find((p) => p.skill.slug === "sql")!;
    const pytorch = c.skills.find((p) => p.skill.slug === "pytorch")!;
    expect([formatShare(sql.a!), formatShare(sql.b!)]).toEqual(["46%", "17%"]);
    expect([formatShare(pytorch.a!), formatShare(pytorch.b!)]).toEqual(["13%", "42%"]);
    expect(
      c.divergences
        .slice(0, 2)
        .map((p) => p.skill.slug)
        .sort(),
    ).toEqual(["pytorch", "sql"]);
  });

  it("names each role's top skill as the source does: Python (63%) and Machine Learning (71%)", () => {
    expect(c.topSkill.a).toMatchObject({ skill: { name: "Python" }, share: 0.63 });
    expect(c.topSkill.b).toMatchObject({ skill: { name: "Machine Learning" }, share: 0.71 });
  });

  it("keeps production skills exclusive to MLE and presentation skills to DS", () => {
    const onlyB = c.onlyB.map((p) => p.skill.slug);
    const onlyA = c.onlyA.map((p) => p.skill.slug);
    expect(onlyB).toEqual(expect.arrayContaining(["ci-cd", "kubernetes", "docker"]));
    expect(onlyA).toEqual(expect.arrayContaining(["data-visualization", "power-bi", "tableau"]));
    expect(c.shared.map((p) => p.skill.slug)).toEqual(
      expect.arrayContaining(["python", "machine-learning", "sql"]),
    );
  });

  it("writes findings and an FAQ from the figures", () => {
    expect(c.findings[0]?.text).toContain("$42,800 (28%) more");
    expect(c.findings.some((f) => f.text.includes("1.55×"))).toBe(true);
    expect(c.faq.map((f) => f.question)).toContain("Which role is easier to enter as a beginner?");
    expect(c.faq.find((f) => f.question.startsWith("What is the median"))?.answer).toContain("n=1,651");
  });

  it("ranks DS top-paying skills by median and computes their distance from the role median", () => {
    expect(c.topPaying.a[0]).toMatchObject({
      skill: { name: "Causal Inference" },
      medianSalaryUsd: 194_300,
      overRoleMedian: 42_800,
    });
  });
});

const role = (
  slug: string,
  skills: [string, number | null][],
  median: number | null = null,
): RoleFigures => ({
  role: { slug, name: slug.toUpperCase() },
  medianBaseSalaryUsd: median,
  salarySampleSize: null,
  activePostings: null,
  remoteShare: null,
  entryLevelShare: null,
  breakdowns: [],
  skills: skills.map(([s, share]) => ({
    skill: { slug: s, name: s },
    share,
    medianSalaryUsd: null,
    salarySampleSize: null,
    salaryPremiumUsd: null,
  })),
});

describe("comparison arithmetic on hand-computed cases", () => {
  it("leaves a gap out when either median is missing", () => {
    expect(salaryGap(role("a", [], 100_000), role("b", []))).toBeNull();
  });

  it("never treats a missing share as zero", () => {
    const pairs = pairSkills(role("a", [["x", 0.3]]), role("b", [["y", 0.2]]));
    expect(pairs).toEqual([
      { skill: { slug: "x", name: "x" }, a: 0.3, b: null },
      { skill: { slug: "y", name: "y" }, a: null, b: 0.2 },
    ]);
    expect(divergences(pairs)).toEqual([]);
  });

  it("splits skills at the threshold and computes the overlap of the skills we hold", () => {
    const pairs = pairSkills(
      role("a", [
        ["shared", 0.5],
        ["low-in-b", 0.4],
        ["only-a", 0.2],
      ]),
      role("b", [
        ["shared", 0.3],
        ["low-in-b", 0.05],
        ["only-b", 0.1],
      ]),
    );
    const split = splitByThreshold(pairs, 0.1);
    expect(split.shared.map((p) => p.skill.slug)).toEqual(["shared"]);
    expect(split.onlyA.map((p) => p.skill.slug)).toEqual(["low-in-b", "only-a"]);
    expect(split.onlyB.map((p) => p.skill.slug)).toEqual(["only-b"]);
    expect(computedOverlap(pairs, 0.1)).toEqual({ jaccard: 0.25, shared: 1, union: 4 });
  });

  it("overlap is symmetric and within [0, 1]", () => {
    const shares = fc.array(
      fc.tuple(
        fc.constantFrom("p", "q", "r", "s", "t"),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      ),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(shares, shares, (xs, ys) => {
        const dedupe = (list: [string, number | null][]) => [...new Map(list).entries()];
        const ab = computedOverlap(pairSkills(role("a", dedupe(xs)), role("b", dedupe(ys))));
        const ba = computedOverlap(pairSkills(role("b", dedupe(ys)), role("a", dedupe(xs))));
        expect(ab?.jaccard).toEqual(ba?.jaccard);
        if (ab) expect(ab.jaccard).toBeGreaterThanOrEqual(0);
        if (ab) expect(ab.jaccard).toBeLessThanOrEqual(1);
      }),
    );
  });
});
