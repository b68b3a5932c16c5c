import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { OnThisPage } from "./on-this-page";

describe("OnThisPage", () => {
  it("lists a jump link to each section, in order, in a named navigation", () => {
    const html = renderToStaticMarkup(
      <OnThisPage
        sections={[
          { id: "headline", label: "At a glance" },
          { id: "faq", label: "Questions people ask" },
        ]}
      />,
    );
    expect(html).toContain('<nav aria-labelledby="on-this-page"');
    expect(html).toContain('<h2 id="on-this-page"');
    expect(html.indexOf('href="#headline">At a glance<')).toBeGreaterThan(0);
    expect(html.indexOf('href="#faq">Questions people ask<')).toBeGreaterThan(
      html.indexOf('href="#headline"'),
    );
  });

  it("renders nothing for a page with fewer than two sections", () => {
    expect(renderToStaticMarkup(<OnThisPage sections={[{ id: "a", label: "A" }]} />)).toBe("");
  });
});
