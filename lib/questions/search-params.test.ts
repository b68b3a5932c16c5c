import { describe, expect, it } from "vitest";

import { clampPage, MAX_QUERY_LENGTH, PAGE_SIZE, parseSearchParams, withParams } from "./search-params";

const known = { skills: new Set(["sql"]), roles: new Set(["data-scientist"]) };

describe("parseSearchParams", () => {
  it("reads search text, filters and page", () => {
    expect(parseSearchParams({ q: "  window   functions ", skill: "sql", page: "3" }, known)).toEqual({
      request: { q: "window functions", filters: { skill: "sql" }, page: 3 },
      notes: [],
    });
  });

  it("caps a very long search and says so", () => {
    const { request, notes } = parseSearchParams({ q: "x".repeat(2_000) }, known);
    expect(request.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(notes).toEqual([`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`]);
  });

  it.each(["0", "-1", "2.5", "abc", "1e3x"])("falls back to page 1 for %s, with a note", (page) => {
    const { request, notes } = parseSearchParams({ page }, known);
    expect(request.page).toBe(1);
    expect(notes).toHaveLength(1);
  });

  it("keeps quotes, %, _, backslashes, emoji and SQL keywords as plain text", () => {
    const q = `"bias" 50% a_b \\ 🚀 DROP TABLE users; --`;
    expect(parseSearchParams({ q }, known).request.q).toBe(q);
  });

  it("drops control characters", () => {
    expect(parseSearchParams({ q: "a\u0000b\u0007c" }, known).request.q).toBe("a b c");
  });
});

describe("clampPage", () => {
  it("keeps a page inside the results", () => {
    expect(clampPage(2, PAGE_SIZE * 3)).toEqual({ page: 2, pageCount: 3, note: null });
    expect(clampPage(9, PAGE_SIZE * 2 + 1)).toEqual({
      page: 3,
      pageCount: 3,
      note: "There is no page 9; showing page 3, the last.",
    });
    expect(clampPage(1, 0)).toEqual({ page: 1, pageCount: 1, note: null });
  });
});

describe("withParams", () => {
  it("changes one parameter and keeps the rest", () => {
    const request = { q: "join", filters: { skill: "sql" }, page: 2 };
    expect(withParams(request, { page: "3" })).toBe("/questions?q=join&skill=sql&page=3");
    expect(withParams(request, { skill: null, page: null })).toBe("/questions?q=join");
  });
});
