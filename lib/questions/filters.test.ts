import { describe, expect, it } from "vitest";

import { parseFilters, questionLabels, questionTags, uniqueLabels } from "./filters";

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

describe("uniqueLabels", () => {
  it("keeps each label once, in its first spelling, whatever its case", () => {
    expect(uniqueLabels(["SQL", "Medium", "sql", "Sql ", "Statistics", "MEDIUM"])).toEqual([
      "SQL",
      "Medium",
      "Statistics",
    ]);
  });

  it("drops blank labels and trims the rest", () => {
    expect(uniqueLabels(["", "  ", " Python ", "python"])).toEqual(["Python"]);
  });

  it("treats compatibility forms of a letter as that letter", () => {
    // A full-width "ＳＱＬ" (as pasted from some editors) is "SQL".
    expect(uniqueLabels(["SQL", "ＳＱＬ"])).toEqual(["SQL"]);
  });
});

describe("questionTags", () => {
  const sqlQuestion = { difficulty: "medium", level: "mid", kind: "sql" } as const;

  it("shows SQL once for a SQL question on the skill SQL (issue 17)", () => {
    expect(questionTags({ ...sqlQuestion, skills: [{ name: "SQL" }, { name: "Statistics" }] })).toEqual([
      "Medium",
      "Mid level",
      "SQL",
      "Statistics",
    ]);
  });

  it("is the labels, then the skills' names", () => {
    const question = {
      difficulty: "easy",
      level: null,
      kind: "coding",
      skills: [{ name: "Python" }],
    } as const;
    expect(questionTags(question)).toEqual([...questionLabels(question), "Python"]);
  });
});
