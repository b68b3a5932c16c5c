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
/** Questions about SQL window functions: of that topic, or naming them in the title. */
let windowFunctionQuestions: Set<string>;
let prompts: Map<string, string>;

beforeAll(async () => {
  db = createDbClient({ connectionString: inject("databaseUrl"), maxConnections: 2 });
  const bundle = await loadContent(contentDir);
  await syncContent(db, bundle);
  total = bundle.questions.length;
  windowFunctionQuestions = new Set(
    bundle.questions
      .filter((q) => q.topic === "window-functions" || /window functions/i.test(q.title))
      .map((q) => q.slug),
  );
  prompts = new Map(bundle.questions.map((q) => [q.slug, `${q.title} ${q.topic ?? ""} ${q.prompt}`]));
});
afterAll(async () => {
  await db.$disconnect();
});

const search = (q: string | null, filters = {}, page = 1) => searchQuestions(db, { q, filters, page });

/** Whether the title, topic and prompt hold a word starting with each stem. */
const promptHasWords = (slug: string, stems: string[]) =>
  stems.every((stem) => new RegExp(`\\b${stem}`, "i").test(prompts.get(slug) ?? ""));

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

  // Issue 17: the search box's own example put a question about time intervals first and the SQL
  // window-function questions last; "pvalue" found nothing while "p-value" did.
  it("ranks the SQL window-function questions first for the search box's example", async () => {
    const result = await search("window functions");
    expect(result.matchedBy).toBe("words");
    const top3 = result.hits.slice(0, 3);
    expect(top3).toHaveLength(3);
    // The one question with both words in its title first, then questions of that topic.
    expect(top3[0]?.slug).toBe("retrain-auc-versus-previous-successful-run-without-window-functions");
    for (const hit of top3) {
      expect(hit.kind).toBe("sql");
      expect(windowFunctionQuestions.has(hit.slug), hit.slug).toBe(true);
    }
    expect(top3.map((h) => h.slug)).not.toContain("merge-overlapping-intervals-busy-time");
  });

  it("puts questions with every word in the title before the others", async () => {
    const result = await search("gradient descent");
    const inTitle = (title: string) => /gradient/i.test(title) && /descent/i.test(title);
    const firstOther = result.hits.findIndex((h) => !inTitle(h.title));
    expect(firstOther).toBeGreaterThanOrEqual(2);
    expect(result.hits.slice(firstOther).some((h) => inTitle(h.title))).toBe(false);
  });

  it("puts questions with every word in the title or prompt before those that need the answer", async () => {
    // Every prompt-level match of "drift monitoring" names both words before its answer; the last
    // hits are questions whose answer alone holds one of them.
    const result = await search("drift monitoring");
    const slugs = result.hits.map((h) => h.slug);
    const needsAnswer = slugs.filter((slug) => !promptHasWords(slug, ["drift", "monitor"]));
    const firstNeedingAnswer = slugs.indexOf(needsAnswer[0]!);
    expect(firstNeedingAnswer).toBeGreaterThan(0);
    expect(slugs.slice(firstNeedingAnswer).every((slug) => needsAnswer.includes(slug))).toBe(true);
  });

  it("finds hyphenated words written without the hyphen: pvalue is p-value", async () => {
    const joined = await search("pvalue");
    const hyphenated = await search("p-value");
    expect(joined.matchedBy).toBe("words");
    expect(joined.total).toBe(hyphenated.total);
    expect(joined.total).toBeGreaterThanOrEqual(10);
    expect(joined.hits.map((h) => h.slug)).toEqual(hyphenated.hits.map((h) => h.slug));
    expect(joined.hits[0]?.slug).toBe("welch-t-test-by-hand");
    expect(joined.hits.map((h) => h.slug)).toContain("what-p-value-0-03-does-and-does-not-mean");
    const kMeans = await search("kmeans");
    expect(kMeans.total).toBe((await search("k-means")).total);
  });

  it("still finds each part of a hyphenated word", async () => {
    // "Welch's t-test, p-value included": "value" is only there as part of "p-value".
    const result = await search("welch value");
    expect(result.hits.map((h) => h.slug)).toContain("welch-t-test-by-hand");
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
