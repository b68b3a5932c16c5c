import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { RolePicker } from "./role-picker";

const roles = [
  { slug: "data-analyst", name: "Data Analyst" },
  { slug: "data-scientist", name: "Data Scientist" },
  { slug: "machine-learning-engineer", name: "Machine Learning Engineer" },
];
const pairs = ["data-scientist-vs-machine-learning-engineer", "data-analyst-vs-data-scientist"];

/** The <select> with the given name, as rendered. */
function select(html: string, name: string): string {
  const start = html.indexOf(`name="${name}"`);
  return html.slice(start, html.indexOf("</select>", start));
}

describe("RolePicker, as rendered before JavaScript runs", () => {
  it("is a labelled GET form to /compare/go with both selects required", () => {
    const html = renderToStaticMarkup(<RolePicker roles={roles} pairs={pairs} />);
    expect(html).toContain('action="/compare/go" method="get"');
    expect(html).toContain('for="pick-a">First role<');
    expect(html).toContain('for="pick-b">Second role<');
    expect(select(html, "a")).toContain('required=""');
    expect(select(html, "b")).toContain('required=""');
  });

  it("carries the refusals /compare/go links to, hidden until the address targets them", () => {
    const html = renderToStaticMarkup(<RolePicker roles={roles} pairs={pairs} />);
    for (const id of ["pick-same-role", "pick-no-shared-source"]) {
      expect(html).toMatch(new RegExp(`id="${id}"[^>]*class="[^"]*\\bhidden\\b[^"]*\\btarget:block\\b`));
    }
    expect(html).toContain("Choose a different <strong>Second role</strong>");
  });

  it("marks the second role's impossible choices once a first role is chosen", () => {
    const html = renderToStaticMarkup(
      <RolePicker roles={roles} pairs={pairs} defaults={{ a: "machine-learning-engineer" }} />,
    );
    const second = select(html, "b");
    expect(second).toContain(
      '<option value="data-analyst" disabled="">Data Analyst (no shared source)</option>',
    );
    expect(second).toContain('<option value="data-scientist">Data Scientist</option>');
    expect(second).toContain(
      '<option value="machine-learning-engineer" disabled="">Machine Learning Engineer (same as first role)</option>',
    );
    expect(select(html, "a")).not.toContain("no shared source");
  });
});
