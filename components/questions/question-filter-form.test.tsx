import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import type { QuestionFilters } from "@/lib/questions/filters";
import type { SortOrder } from "@/lib/questions/search-params";

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

function render(q: string | null, filters: QuestionFilters = {}, sort?: SortOrder) {
  return renderToStaticMarkup(<QuestionFilterForm q={q} filters={filters} sort={sort} options={options} />);
}

describe("QuestionFilterForm", () => {
  it("shows the view's search text and filters, each select with Any and every option's count", () => {
    const html = render("window functions", { role: "machine-learning-engineer", difficulty: "hard" });
    expect(html).toContain('value="window functions"');
    expect(html.match(/<select /g)).toHaveLength(6);
    // Any is chosen in the three filters the view does not set.
    expect(html.match(/<option value="" selected="">Any<\/option>/g)).toHaveLength(3);
    expect(html).toContain(
      '<option value="machine-learning-engineer" selected="">Machine Learning Engineer (390)</option>',
    );
    expect(html).toContain('<option value="hard" selected="">Hard (90)</option>');
    expect(html).toContain('<option value="" selected="">Relevance</option>');
    expect(html.match(/ selected=""/g)).toHaveLength(6);
  });

  it("offers Clear all as a link to the bank without any filter", () => {
    const html = render("drift", { skill: "sql" });
    expect(html).toMatch(/<a [^>]*href="\/questions"[^>]*>Clear all<\/a>/);
  });

  it("shows nothing chosen in the unfiltered view", () => {
    const html = render(null);
    expect(html.match(/<option value="" selected="">Any<\/option>/g)).toHaveLength(5);
    expect(html).toContain('<option value="" selected="">Relevance</option>');
    expect(html.match(/ selected=""/g)).toHaveLength(6);
    expect(html).toMatch(/<input [^>]*name="q" value=""\/>/);
  });

  it("offers every order in a labelled Sort by select, the default one as the empty value", () => {
    const html = render("join", {}, "title");
    expect(html).toMatch(/<label [^>]*for="sort"[^>]*>Sort by<\/label>/);
    expect(html).toMatch(/<select [^>]*name="sort"[^>]*aria-describedby="sort-hint"/);
    expect(html).toContain('<option value="">Relevance</option>');
    expect(html).toContain('<option value="difficulty">Difficulty, easy to hard</option>');
    expect(html).toContain('<option value="title" selected="">Title, A to Z</option>');
    expect(html).toContain('id="sort-hint"');
  });

  it("puts the filters in a details that says how many are active, closed until 640 px (issue 17)", () => {
    expect(render(null)).toMatch(/<details [^>]*><summary [^>]*>Filters and sort<\/summary>/);
    const html = render("drift", { skill: "sql", level: "senior" }, "difficulty");
    expect(html).toContain(" (3 active)</span></summary>");
    // Closed in the markup (phones); from 640 px up CSS shows its content and hides the summary.
    expect(html).not.toMatch(/<details [^>]*open/);
    expect(html).toMatch(/<details [^>]*sm:details-content:\[content-visibility:visible\]/);
    expect(html).toMatch(/<summary [^>]*supports-\[selector\(::details-content\)\]:sm:hidden/);
    // The search box and the buttons stay outside it.
    const details = html.slice(html.indexOf("<details"), html.indexOf("</details>"));
    expect(details).not.toContain('name="q"');
    expect(details).not.toContain("Clear all");
    expect(details.match(/<select /g)).toHaveLength(6);
  });

  it("lays the six selects out at most three to a row, so the longest label fits (issue 17)", () => {
    const html = render(null);
    expect(html).toContain("lg:grid-cols-3");
    expect(html).not.toMatch(/grid-cols-[4-9]/);
  });
});
