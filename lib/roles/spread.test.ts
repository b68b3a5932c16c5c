import { describe, expect, it } from "vitest";

import { salarySpread } from "./spread";
import type { SnapshotSummary } from "./types";

const snapshot = (slug: string): SnapshotSummary => ({
  slug,
  publisher: "P",
  title: slug,
  url: "https://example.com",
  dataMonth: "2026-06",
  population: "job-postings",
  caveats: [],
  roles: [],
});

describe("salarySpread", () => {
  it("names the lowest and highest median with their sources, ignoring sources without one", () => {
    const spread = salarySpread([
      { snapshot: snapshot("a"), median: 151_500 },
      { snapshot: snapshot("b"), median: null },
      { snapshot: snapshot("c"), median: 125_000 },
      { snapshot: snapshot("d"), median: 128_000 },
    ]);
    expect(spread).toEqual({
      min: { snapshot: snapshot("c"), median: 125_000 },
      max: { snapshot: snapshot("a"), median: 151_500 },
      count: 3,
    });
  });

  it("has nothing to say with fewer than two medians", () => {
    expect(
      salarySpread([
        { snapshot: snapshot("a"), median: 1 },
        { snapshot: snapshot("b"), median: null },
      ]),
    ).toBeNull();
  });
});
