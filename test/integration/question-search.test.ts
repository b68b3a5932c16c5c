import { fileURLToPath } from "node:url";

import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createDbClient, type DbClient } from "@/lib/db-client";
import { searchQuestions } from "@/lib/questions/search-query";

// The question bank's search against a seeded database: ranking, filters, counts, odd input.

const contentDir = fileURLToPath(new URL("../../content", import.meta.url));
let db: DbClient;
let total: number;

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 2 });
  const bundle = await loadContent(contentDir);
  await syncContent(db, bundle);
  total = bundle.questions.length;
});
afterAll(async () => {
  await db.$disconnect();
});

const search = (q: string | null, filters = {}, page = 1) => searchQuestions(db, { q, filters, page });

describe("question search", () => {
  it("lists every question, with counts per filter value, without a search", async () => {
    const result = await search(null);
    expect(result.total).toBe(total);
    const byDifficulty = [...result.facets.difficulty.values()].reduce((a, b) => a + b, 0);
    expect(byDifficulty).toBe(total);
    const byLevel = [...result.facets.level.values()].reduce((a, b) => a + b, 0);
    expect(byLevel).toBe(total);
  });

  it("filters by level, counting the other levels as they would be chosen", async () => {
    const seniors = await search(null, { level: "senior" });
    expect(seniors.total).toBeGreaterThan(0);
    expect(seniors.hits.every((h) => h.level === "senior")).toBe(true);
    expect(seniors.total).toBe(seniors.facets.level.get("senior"));
    const all = await search(null);
    expect(seniors.facets.level.get("junior")).toBe(all.facets.level.get("junior"));
  });

  it("ranks a title match first", async () => {
    const result = await search("uneven group sizes");
    expect(result.matchedBy).toBe("words");
    expect(result.hits[0]?.slug).toBe("sample-ratio-mismatch-checkout-test");
  });

  it("finds words from the answer, stemmed", async () => {
    const result = await search("randomisation units");
    expect(result.total).toBeGreaterThan(0);
  });

  it("tolerates a typo in a title word", async () => {
    const result = await search("uneveen groups");
    expect(result.matchedBy).toBe("similar titles");
    expect(result.hits.map((h) => h.slug)).toContain("sample-ratio-mismatch-checkout-test");
  });

  it("combines search with filters, and counts each facet with the other filters kept", async () => {
    const result = await search("ratio", { kind: "sql" });
    expect(result.hits.every((h) => h.kind === "sql")).toBe(true);
    const withoutKind = await search("ratio");
    expect(result.facets.kind.get("case")).toBe(withoutKind.facets.kind.get("case"));
  });

  it.each([
    `"bias" 50% a_b \\ 🚀`,
    'DROP TABLE "Question"; --',
    "' OR 1=1 --",
    "& | ! ( ) : * <->",
    "x".repeat(200),
    "the and of",
  ])("answers odd input %j without an error", async (q) => {
    const result = await search(q);
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(await db.question.count()).toBeGreaterThan(0);
  });

  it("returns an empty page past the end (the page clamps it)", async () => {
    const result = await search(null, {}, 999);
    expect(result.hits).toEqual([]);
    expect(result.total).toBe(total);
  });
});
