import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { InlineTitle } from "./inline-title";

const render = (title: string) => renderToStaticMarkup(<InlineTitle>{title}</InlineTitle>);

describe("InlineTitle", () => {
  it("shows code spans as <code>, without their backticks", () => {
    const html = render("Why does `model.fit()` return before `epochs` end?");
    expect(html).toMatch(
      /^Why does <code [^>]*>model\.fit\(\)<\/code> return before <code [^>]*>epochs<\/code> end\?$/,
    );
    expect(html).not.toContain("`");
  });

  it("prints a title without code as plain text, escaped", () => {
    expect(render("A/B tests: <b> & “quotes”")).toBe("A/B tests: &lt;b&gt; &amp; “quotes”");
  });

  it("escapes markup inside code too", () => {
    expect(render("Is `a < b` true?")).toMatch(/<code [^>]*>a &lt; b<\/code>/);
  });

  it("keeps an unclosed backtick as text", () => {
    expect(render("It's a `typo")).toBe("It&#x27;s a `typo");
  });
});
