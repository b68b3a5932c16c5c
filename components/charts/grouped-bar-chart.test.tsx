import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { GroupedBarChart } from "./grouped-bar-chart";

const series = [
  { key: "a", label: "Data Scientist" },
  { key: "b", label: "Machine Learning Engineer" },
];

function render(data: Parameters<typeof GroupedBarChart>[0]["data"]) {
  return renderToStaticMarkup(
    <GroupedBarChart
      id="skill-demand"
      title="Skill demand"
      description="Shares."
      series={series}
      data={data}
    />,
  );
}

/** The text a screen reader gets from a row: the markup without its tags. */
const text = (html: string) => html.replace(/<[^>]+>/g, "");

describe("GroupedBarChart (issue 18)", () => {
  it("reads each row as one sentence: the label, then each series' name and figure", () => {
    const html = render([{ label: "SQL", href: "/questions?skill=sql", values: { a: 0.46, b: 0.17 } }]);
    const row = /<ul class="chart-rows"><li>.*?<\/li>/.exec(html)?.[0] ?? "";
    expect(text(row)).toBe("SQL — Data Scientist: 46%, Machine Learning Engineer: 17%");
  });

  it("draws each bar from one element whose length is the share, the second series hatched", () => {
    const html = render([{ label: "SQL", values: { a: 0.46, b: 0.069 } }]);
    expect(html).toContain('<span class="chart-share-1" style="--share:46%">');
    expect(html).toContain('<span class="chart-share-2" style="--share:6.9%">');
  });

  it("says not reported, and draws no bar, for a missing figure", () => {
    const html = render([{ label: "Docker", values: { a: null, b: 0.3 } }]);
    expect(html).toContain(
      '<span class="chart-none"><span class="sr-only"> — Data Scientist: </span>not reported</span>',
    );
    expect(html.match(/chart-share-/g)).toHaveLength(1);
  });

  it("links a row with a plain link, and prints the figures once: no table copy", () => {
    const html = render([{ label: "SQL", href: "/questions?skill=sql", values: { a: 0.46, b: 0.17 } }]);
    expect(html).toContain('<a href="/questions?skill=sql" class="link">SQL</a>');
    expect(html).not.toContain("<table");
    expect(html).not.toContain("<details");
  });

  it("leaves the series name out of each row of a one-series chart, whose title names it", () => {
    const html = renderToStaticMarkup(
      <GroupedBarChart
        id="skills"
        title="Share of Machine Learning Engineer postings that ask for each skill"
        description="Shares."
        series={[{ key: "role", label: "Machine Learning Engineer" }]}
        data={[{ label: "Python", values: { role: 0.66 } }]}
      />,
    );
    expect(html).toContain(
      '<ul class="chart-rows"><li><span>Python</span><span class="chart-share-1" style="--share:66%">66%</span></li>',
    );
  });

  it("takes one or two series", () => {
    expect(() =>
      renderToStaticMarkup(<GroupedBarChart id="x" title="x" description="x" series={[]} data={[]} />),
    ).toThrow(/takes 1 or 2 series/);
  });
});
