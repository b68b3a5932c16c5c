import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { QuestionFilterForm, type FilterOption } from "./question-filter-form";

const option = (value: string, label: string, count: number): FilterOption => ({ value, label, count });

const options = {
  skill: [option("sql", "SQL", 152), option("statistics", "Statistics", 80)],
  role: [
    option("business-intelligence-analyst", "Business Intelligence Analyst", 105),
    option("machine-learning-engineer", "Machine Learning Engineer", 390),
  ],
  difficulty: [option("easy", "Easy", 120), option("hard", "Hard", 90)],
  level: [option("senior", "Senior level", 115)],
  kind: [option("sql", "SQL", 152)],
};

function render(q: string | null, filters = {}) {
  return renderToStaticMarkup(<QuestionFilterForm q={q} filters={filters} options={options} />);
}

describe("QuestionFilterForm", () => {
  it("shows the view's search text and filters, each select with Any and every option's count", () => {
    const html = render("window functions", { role: "machine-learning-engineer", difficulty: "hard" });
    expect(html).toContain('value="window functions"');
    expect(html.match(/<select /g)).toHaveLength(5);
    // Any is chosen in the three filters the view does not set.
    expect(html.match(/<option value="" selected="">Any<\/option>/g)).toHaveLength(3);
    expect(html).toContain(
      '<option value="machine-learning-engineer" selected="">Machine Learning Engineer (390)</option>',
    );
    expect(html).toContain('<option value="hard" selected="">Hard (90)</option>');
    expect(html.match(/ selected=""/g)).toHaveLength(5);
  });

  it("offers Clear all as a link to the bank without any filter", () => {
    const html = render("drift", { skill: "sql" });
    expect(html).toMatch(/<a [^>]*href="\/questions"[^>]*>Clear all<\/a>/);
  });

  it("shows nothing chosen in the unfiltered view", () => {
    const html = render(null);
    expect(html.match(/<option value="" selected="">Any<\/option>/g)).toHaveLength(5);
    expect(html.match(/ selected=""/g)).toHaveLength(5);
    expect(html).toMatch(/<input [^>]*name="q" value=""\/>/);
  });

  it("lays the five selects out at most three to a row, so the longest label fits (issue 17)", () => {
    const html = render(null);
    expect(html).toContain("lg:grid-cols-3");
    expect(html).not.toMatch(/grid-cols-[4-9]/);
  });
});
