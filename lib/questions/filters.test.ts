import { describe, expect, it } from "vitest";

import { parseFilters } from "./filters";

const known = { skills: new Set(["sql", "python"]), roles: new Set(["data-scientist"]) };

describe("parseFilters", () => {
  it("keeps known values", () => {
    expect(
      parseFilters(
        { skill: "sql", role: "data-scientist", difficulty: "hard", level: "mid", kind: "sql" },
        known,
      ),
    ).toEqual({
      filters: { skill: "sql", role: "data-scientist", difficulty: "hard", level: "mid", kind: "sql" },
      ignored: [],
    });
  });

  it("drops unknown values with a note, and never throws on odd input", () => {
    const parsed = parseFilters(
      {
        skill: "quantum",
        difficulty: "trivial",
        level: "staff",
        kind: ["sql", "coding"],
        role: "'; DROP TABLE",
      },
      known,
    );
    expect(parsed.filters).toEqual({ kind: "sql" });
    expect(parsed.ignored).toEqual([
      'There is no skill "quantum"; showing every skill instead.',
      `There is no role "'; DROP TABLE"; showing every role instead.`,
      'There is no difficulty "trivial"; showing every difficulty instead.',
      'There is no level "staff"; showing every level instead.',
    ]);
  });

  it("treats empty values as no filter", () => {
    expect(parseFilters({ skill: "", role: "  " }, known)).toEqual({ filters: {}, ignored: [] });
  });
});
