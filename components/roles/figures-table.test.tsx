import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { FiguresTable, NotReported } from "./figures-table";

function render(props: Partial<Parameters<typeof FiguresTable>[0]> = {}) {
  return renderToStaticMarkup(
    <FiguresTable
      caption="Top-paying skills for Data Scientist"
      columns={["Skill", "Median US base"]}
      {...props}
    >
      <tr>
        <th scope="row">SQL</th>
        <td>
          <NotReported />
        </td>
      </tr>
    </FiguresTable>,
  );
}

describe("FiguresTable (issue 18)", () => {
  it("names the table and its scroll box after the caption, and heads each column", () => {
    const html = render();
    expect(html).toContain('<caption class="sr-only">Top-paying skills for Data Scientist</caption>');
    expect(html).toContain('aria-label="Top-paying skills for Data Scientist, scrolls sideways"');
    expect(html).toContain(
      '<thead><tr><th scope="col">Skill</th><th scope="col">Median US base</th></tr></thead>',
    );
  });

  it("leaves the cells bare: the one class on the table styles them", () => {
    const html = render();
    expect(html).toContain('<table class="figures-table">');
    expect(html).toContain(
      '<tbody><tr><th scope="row">SQL</th><td><span class="text-muted-foreground">not reported</span></td></tr></tbody>',
    );
  });

  it("ends with an empty footer, after the body: the table is shown once it has been read whole", () => {
    expect(render()).toMatch(/<\/tbody><tfoot><\/tfoot><\/table>/);
  });

  it("marks a density other than the regular one, and lets a wide table keep its width", () => {
    expect(render({ density: "roomy" })).toContain('<table class="figures-table" data-density="roomy">');
    expect(render({ density: "compact", wide: true })).toContain(
      '<table class="figures-table min-w-max" data-density="compact">',
    );
  });
});
