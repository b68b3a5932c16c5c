import { describe, expect, it } from "vitest";

import type { ContentBundle } from "@/lib/content/load";

import {
  coverageProblems,
  editorialFieldProblems,
  hasCheckedCode,
  jaccard,
  nearDuplicates,
  quotaProblems,
  wordTrigrams,
} from "./coverage";

type Question = ContentBundle["questions"][number];

function question(slug: string, fields: Partial<Question> = {}): Question {
  return {
    slug,
    title: `A question about ${slug}`,
    skills: ["sql"],
    difficulty: "easy",
    level: "junior",
    topic: "window-functions",
    kind: "concept",
    roles: ["data-scientist"],
    hints: [],
    ordered: false,
    runnable: true,
    reviewed: "2026-12-05",
    rubric: [
      { criterion: "Names the idea", points: 1 },
      { criterion: "Explains why", points: 1 },
      { criterion: "Gives an example", points: 1 },
    ],
    prompt: `Prompt number ${slug} asks something of its own`,
    answer: "An answer.",
    followUps: null,
    ...fields,
  };
}

function bundle(questions: Question[], quotas: ContentBundle["topics"]["quotas"] = []): ContentBundle {
  return {
    skills: [{ slug: "sql" }, { slug: "python" }] as ContentBundle["skills"],
    topics: { topics: [], quotas },
    roles: [],
    snapshots: [],
    questions,
  };
}

describe("near-duplicates", () => {
  it("measures word-trigram overlap, ignoring case, punctuation and code", () => {
    expect([...wordTrigrams("Rank, the rows! ```sql\nSELECT 1\n```")]).toEqual(["rank the rows"]);
    // {a b c, b c d} vs {b c d, c d e}: one shared of three.
    expect(jaccard(wordTrigrams("a b c d"), wordTrigrams("b c d e"))).toBeCloseTo(1 / 3);
  });

  it("names both questions when titles are alike, and leaves different ones alone", () => {
    const a = question("a", { title: "Second highest salary per department" });
    const b = question("b", { title: "Second highest salary per department, with ties" });
    const c = question("c", { title: "Median session length by platform" });
    expect(nearDuplicates([a, b, c])).toEqual([
      expect.stringMatching(/^a and b: titles are near-duplicates \(similarity 0\.\d\d\)$/),
    ]);
  });
});

describe("editorial fields", () => {
  it("lists every missing field of one question in one sentence", () => {
    const bare = question("bare", { level: undefined, reviewed: undefined, rubric: undefined });
    expect(editorialFieldProblems(bare)).toEqual(["bare: front matter needs level, reviewed, rubric"]);
  });

  it("asks no rubric of questions checked by running them", () => {
    expect(editorialFieldProblems(question("q", { kind: "sql", rubric: undefined }))).toEqual([]);
  });
});

describe("quotas", () => {
  const quota = { role: "data-scientist", label: "probability", topics: ["probability"], min: 2 };

  it("counts a role's questions on the quota's topics", () => {
    const questions = [
      question("p1", { topic: "probability" }),
      question("p2", { topic: "probability", roles: ["machine-learning-engineer"] }),
      question("w", { topic: "window-functions" }),
    ];
    expect(quotaProblems(bundle(questions, [quota]))).toEqual([
      "data-scientist, probability: 1 questions, at least 2 needed",
    ]);
    questions.push(question("p3", { topic: "probability" }));
    expect(quotaProblems(bundle(questions, [quota]))).toEqual([]);
  });

  it("counts kinds as well as topics", () => {
    const sqlQuota = { role: "data-scientist", label: "SQL", kinds: ["sql" as const], min: 1 };
    expect(quotaProblems(bundle([question("s", { kind: "sql" })], [sqlQuota]))).toEqual([]);
  });
});

describe("checked code", () => {
  it("needs a SQL question's setup, solution and expected result", () => {
    const setup = "```sql setup\nCREATE TABLE t (x int);\n```";
    const solution = "```sql solution\nSELECT x FROM t;\n```\n\n```csv expected\nx\n```";
    expect(hasCheckedCode(question("s", { kind: "sql", prompt: setup, answer: solution }))).toBe(true);
    expect(hasCheckedCode(question("s", { kind: "sql", prompt: setup, answer: "No code." }))).toBe(false);
  });
});

describe("the bank's rules", () => {
  it("names a skill with too few questions, or all at one difficulty", () => {
    const problems = coverageProblems(bundle([question("only")]));
    expect(problems).toContain("skill sql: 1 questions over 1 difficulties, at least 6 over 2 needed");
    expect(problems).toContain("skill python: 0 questions over 0 difficulties, at least 6 over 2 needed");
    expect(problems).toContain("questions: 1, at least 600 needed");
  });
});
