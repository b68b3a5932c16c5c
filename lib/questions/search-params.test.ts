import { describe, expect, it } from "vitest";

import {
  clampPage,
  DEFAULT_SORT,
  MAX_QUERY_LENGTH,
  PAGE_SIZE,
  parseSearchParams,
  SORT_ORDERS,
  withParams,
} from "./search-params";

const known = { skills: new Set(["sql"]), roles: new Set(["data-scientist"]) };

describe("parseSearchParams", () => {
  it("reads search text, filters and page", () => {
    expect(parseSearchParams({ q: "  window   functions ", skill: "sql", page: "3" }, known)).toEqual({
      request: { q: "window functions", filters: { skill: "sql" }, sort: "relevance", page: 3 },
      notes: [],
    });
  });

  it.each(SORT_ORDERS)("reads the order %s", (sort) => {
    expect(parseSearchParams({ sort, q: "join" }, known)).toEqual({
      request: { q: "join", filters: {}, sort, page: 1 },
      notes: [],
    });
  });

  it("sorts by relevance when no order is given, or an empty one (the form's default)", () => {
    expect(DEFAULT_SORT).toBe("relevance");
    expect(parseSearchParams({}, known).request.sort).toBe("relevance");
    expect(parseSearchParams({ sort: "" }, known)).toEqual(parseSearchParams({}, known));
    expect(parseSearchParams({ sort: "  " }, known).notes).toEqual([]);
    expect(parseSearchParams({ sort: " title " }, known).request.sort).toBe("title");
    expect(parseSearchParams({ sort: ["title", "difficulty"] }, known).request.sort).toBe("title");
  });

  it("quotes an unknown order without its control characters", () => {
    expect(parseSearchParams({ sort: "ti\u0000tle" }, known).notes).toEqual([
      'There is no sort order "ti tle"; sorting by relevance instead.',
    ]);
  });

  it.each(["newest", "TITLE", "title;DROP TABLE", "x".repeat(500), "__proto__", "toString"])(
    "falls back to relevance for the order %s, with a note",
    (sort) => {
      const { request, notes } = parseSearchParams({ sort, skill: "sql" }, known);
      expect(request).toEqual({ q: null, filters: { skill: "sql" }, sort: "relevance", page: 1 });
      expect(notes).toEqual([`There is no sort order "${sort.slice(0, 60)}"; sorting by relevance instead.`]);
    },
  );

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

  it("keeps a chosen order, and leaves the default one out of the address", () => {
    const request = { q: "join", filters: { kind: "sql" as const }, sort: "title" as const, page: 2 };
    expect(withParams(request, { page: "3" })).toBe("/questions?q=join&kind=sql&sort=title&page=3");
    expect(withParams(request, { kind: null, page: null })).toBe("/questions?q=join&sort=title");
    expect(withParams(request, { sort: null })).toBe("/questions?q=join&kind=sql&page=2");
    expect(withParams({ ...request, sort: "relevance" }, {})).toBe("/questions?q=join&kind=sql&page=2");
    expect(withParams({ q: null, filters: {}, page: 1 }, { sort: "difficulty" })).toBe(
      "/questions?sort=difficulty",
    );
  });
});
