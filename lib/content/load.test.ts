import { describe, expect, it } from "vitest";

import { checkReferences, parseQuestionFile, parseSnapshotFile, type ContentBundle } from "./load";

const snapshotYaml = (figures: string) => `
publisher: Example
title: Example analysis
url: https://example.com/analysis
dataMonth: 2026-06
roles: [data-scientist]
population: job-postings
figures:
  data-scientist:
${figures}
`;

const questionFile = (body: string) => `---
title: Why does regularisation help?
skills: [machine-learning]
difficulty: easy
kind: concept
roles: [data-scientist]
---
${body}`;

describe("parseSnapshotFile", () => {
  it("accepts a valid snapshot and takes the slug from the file name", () => {
    const result = parseSnapshotFile(
      "content/market/example-2026-06.yaml",
      snapshotYaml("    medianBaseSalaryUsd: 151500\n    skills:\n      - { skill: sql, share: 0.46 }"),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.slug).toBe("example-2026-06");
      expect(result.value.figures["data-scientist"]?.skills).toEqual([{ skill: "sql", share: 0.46 }]);
    }
  });

  it.each([
    ["a share above 1", "    remoteShare: 17", "figures.data-scientist.remoteShare", /between 0 and 1/],
    [
      "a negative salary",
      "    medianBaseSalaryUsd: -1",
      "figures.data-scientist.medianBaseSalaryUsd",
      /positive/,
    ],
    [
      "a duplicated skill",
      "    skills:\n      - { skill: sql, share: 0.4 }\n      - { skill: sql, share: 0.5 }",
      "figures.data-scientist.skills.1.skill",
      /listed twice/,
    ],
    ["a misspelt field", "    medianSalary: 5", "figures.data-scientist.medianSalary", /not a known field/],
  ])("rejects %s, naming the field", (_label, figures, field, problem) => {
    const result = parseSnapshotFile("content/market/x.yaml", snapshotYaml(figures));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContainEqual({
        file: "content/market/x.yaml",
        field,
        problem: expect.stringMatching(problem),
      });
    }
  });

  it("keeps figures to job postings: a wage survey gives labelled reported figures", () => {
    const wages = snapshotYaml("    medianBaseSalaryUsd: 112590").replace(
      "population: job-postings",
      "population: employed-workers",
    );
    expect(parseSnapshotFile("content/market/x.yaml", wages)).toMatchObject({
      ok: false,
      problems: [{ field: "figures", problem: expect.stringMatching(/reported figures/) }],
    });
    const reported = `${wages.replace(/figures:[\s\S]*$/, "")}reported:
  - { key: median-wage, label: Median annual wage of employed data scientists, value: 112590, unit: usd }
`;
    expect(parseSnapshotFile("content/market/x.yaml", reported).ok).toBe(true);
  });

  it("asks whom the figures describe", () => {
    const result = parseSnapshotFile(
      "content/market/x.yaml",
      snapshotYaml("    remoteShare: 0.2").replace("population: job-postings\n", ""),
    );
    expect(result).toMatchObject({ ok: false, problems: [{ field: "population" }] });
  });

  it("reports YAML syntax errors against the file", () => {
    const result = parseSnapshotFile("content/market/x.yaml", "publisher: [unclosed");
    expect(result).toMatchObject({
      ok: false,
      problems: [{ file: "content/market/x.yaml", field: "(file)" }],
    });
  });
});

describe("parseQuestionFile", () => {
  it("splits the body into its sections, ignoring ## inside code", () => {
    const result = parseQuestionFile(
      "content/questions/ml/regularisation.md",
      questionFile(
        "## Prompt\nExplain.\n\n## Answer\n```python\n## not a heading\nprint(1)\n```\nBecause.\n\n## Common mistakes and follow-ups\n- One.\n",
      ),
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.prompt).toBe("Explain.");
      expect(result.value.answer).toBe("```python\n## not a heading\nprint(1)\n```\nBecause.");
      expect(result.value.followUps).toBe("- One.");
      expect(result.value.hints).toEqual([]);
    }
  });

  it("names a missing answer and an unknown section", () => {
    const result = parseQuestionFile(
      "q/x.md",
      questionFile("## Prompt\nExplain.\n\n## Solution\nBecause.\n"),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.field)).toEqual(["## Solution", "## Answer"]);
    }
  });

  it("rejects an unknown difficulty", () => {
    const result = parseQuestionFile(
      "q/x.md",
      questionFile("## Prompt\nA\n## Answer\nB\n").replace("easy", "trivial"),
    );
    expect(result).toMatchObject({ ok: false, problems: [{ field: "difficulty" }] });
  });
});

describe("checkReferences", () => {
  const bundle: ContentBundle = {
    skills: [{ slug: "sql", name: "SQL", category: "Programming", description: "Queries." }],
    roles: [{ slug: "data-scientist", name: "Data Scientist", summary: "Analyses.", impliedSkills: [] }],
    snapshots: [],
    questions: [],
    topics: { topics: [{ slug: "window-functions", name: "Window functions" }], quotas: [] },
  };

  it("names unknown skills and roles with the file they appear in", () => {
    const question = {
      slug: "q",
      title: "Q",
      skills: ["sql", "nope"],
      roles: ["data-engineer"],
      difficulty: "easy" as const,
      kind: "sql" as const,
      topic: "no-such-topic",
      hints: [],
      ordered: false,
      runnable: true,
      prompt: "p",
      answer: "a",
      followUps: null,
    };
    const files = new Map<object, string>([[question, "content/questions/sql/q.md"]]);
    expect(checkReferences({ ...bundle, questions: [question] }, files)).toEqual([
      {
        file: "content/questions/sql/q.md",
        field: "skills.1",
        problem: 'unknown skill "nope" (not in content/skills.yaml)',
      },
      {
        file: "content/questions/sql/q.md",
        field: "roles.0",
        problem: 'unknown role "data-engineer" (no content/roles/data-engineer.yaml)',
      },
      {
        file: "content/questions/sql/q.md",
        field: "topic",
        problem: 'unknown topic "no-such-topic" (not in content/topics.yaml)',
      },
    ]);
  });

  it("names an implied skill that is not in skills.yaml", () => {
    const role = {
      slug: "data-scientist",
      name: "Data Scientist",
      summary: "Analyses.",
      impliedSkills: ["sql", "nope"],
    };
    const files = new Map<object, string>([[role, "content/roles/data-scientist.yaml"]]);
    expect(checkReferences({ ...bundle, roles: [role] }, files)).toEqual([
      {
        file: "content/roles/data-scientist.yaml",
        field: "impliedSkills.1",
        problem: 'unknown skill "nope" (not in content/skills.yaml)',
      },
    ]);
  });

  it("accepts a bundle whose references all resolve", () => {
    expect(checkReferences(bundle, new Map())).toEqual([]);
  });
});
