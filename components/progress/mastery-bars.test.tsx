import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { MasteryBars, type MasteryRow } from "./mastery-bars";

const rows: MasteryRow[] = [
  {
    skillSlug: "python",
    skillName: "Python",
    href: "/skills/python",
    mastery: 0.666,
    demand: 0.63,
    sourceLabel: "3 questions practised",
  },
  { skillSlug: "sql", skillName: "SQL", mastery: 0.4, demand: 0.31, sourceLabel: "self-rated 2/5" },
  { skillSlug: "dbt", skillName: "dbt", mastery: 0, demand: null, sourceLabel: "not practised" },
];

function render(given: MasteryRow[]) {
  return renderToStaticMarkup(
    <MasteryBars
      id="mastery"
      title="Skills"
      description="Mastery per skill."
      rows={given}
      emptyMessage={<strong>Practise a question to see your mastery.</strong>}
    />,
  );
}

describe("MasteryBars", () => {
  it("draws the rows in the given order, each with its figure, demand and source, printed once", () => {
    const html = render(rows);
    const order = ["Python", "SQL", "dbt"].map((name) => html.indexOf(`>${name}<`));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('href="/skills/python"');
    expect(html).toContain('style="width:66.6%"');
    expect(html).toContain("67%");
    expect(html).toContain("asked in 31% of postings");
    expect(html).toContain("demand not reported");
    expect(html).toContain("self-rated 2/5");
    // Every figure is in the list, so there is no second copy of them (issue 18: page weight).
    expect(html).not.toContain("<table");
    expect(html.match(/self-rated 2\/5/g)).toHaveLength(1);
  });

  it("shows the empty message instead of bars", () => {
    const html = render([]);
    expect(html).toContain("<strong>Practise a question to see your mastery.</strong>");
    expect(html).not.toContain("<ol");
    expect(html).not.toContain("<details");
  });
});
