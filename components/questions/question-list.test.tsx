import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { QuestionStatusEntry } from "@/lib/questions/question-status";

import { QuestionList } from "./question-list";

// The statuses come from the browser (GET /api/questions/progress); here, from this map.
let statuses: ReadonlyMap<string, QuestionStatusEntry> = new Map();
vi.mock("./use-question-statuses", () => ({ useQuestionStatuses: () => statuses }));

const questions = [
  {
    slug: "fit-returns",
    title: "Why does `model.fit()` return early?",
    difficulty: "easy",
    level: null,
    kind: "concept",
  },
  { slug: "window-rank", title: "Rank within groups", difficulty: "hard", level: "senior", kind: "sql" },
  { slug: "never-graded", title: "Median by hand", difficulty: "medium", level: "mid", kind: "coding" },
] as const;

const render = (showStatus?: boolean) =>
  renderToStaticMarkup(<QuestionList questions={[...questions]} showStatus={showStatus} />);

beforeEach(() => {
  statuses = new Map();
});

describe("QuestionList", () => {
  it("shows code in a title as code, inside the link, without backticks (issue 17)", () => {
    const html = render();
    expect(html).toMatch(
      /<a [^>]*href="\/questions\/fit-returns"[^>]*>Why does <code [^>]*>model\.fit\(\)<\/code> return early\?<\/a>/,
    );
    expect(html).not.toContain("`");
  });

  it("marks nothing for a visitor, or before the statuses have loaded", () => {
    expect(render(true)).not.toContain("data-status");
    expect(render(true)).toBe(render(false));
  });

  it("marks solved, attempted and due questions in words, with what a screen reader needs", () => {
    statuses = new Map([
      ["fit-returns", { slug: "fit-returns", lastGrade: "GOOD", due: false }],
      ["window-rank", { slug: "window-rank", lastGrade: "AGAIN", due: true }],
    ]);
    const html = render(true);
    const rows = html.split("<li ").slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(
      /data-status="solved"[^>]*>.*Solved<span class="sr-only">, last graded Good<\/span>/,
    );
    expect(rows[0]).not.toContain("Due for review");
    expect(rows[1]).toMatch(
      /data-status="attempted"[^>]*>.*Attempted<span class="sr-only">, last graded Again<\/span>/,
    );
    expect(rows[1]).toMatch(/data-status="due"[^>]*>Due for review</);
    expect(rows[2]).not.toContain("data-status");
  });

  it("does not mark rows unless asked to (the skill pages)", () => {
    statuses = new Map([["fit-returns", { slug: "fit-returns", lastGrade: "GOOD", due: true }]]);
    expect(render(false)).not.toContain("data-status");
  });
});
