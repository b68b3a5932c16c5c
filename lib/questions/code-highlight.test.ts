import rehypeShiki from "@shikijs/rehype";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

import { highlightOptions, withoutInheritedProperties } from "./code-highlight";

const BLOCK = "--hl-l:#24292e;--hl-d:#e6edf3;--hl-l-bg:#fff;--hl-d-bg:#0d1117";

describe("withoutInheritedProperties", () => {
  it("drops the colours a token shares with its block, whatever their case", () => {
    expect(withoutInheritedProperties("--hl-l:#24292E;--hl-d:#E6EDF3", BLOCK)).toBe("");
  });

  it("keeps the colours that differ, one theme at a time", () => {
    expect(withoutInheritedProperties("--hl-l:#005CC5;--hl-d:#79C0FF", BLOCK)).toBe(
      "--hl-l:#005CC5;--hl-d:#79C0FF",
    );
    expect(withoutInheritedProperties("--hl-l:#24292E;--hl-d:#FF7B72", BLOCK)).toBe("--hl-d:#FF7B72");
  });

  it("keeps properties that are not custom ones, even when the block has the same", () => {
    expect(
      withoutInheritedProperties("font-style:italic;--hl-l:#24292e", "font-style:italic;--hl-l:#24292e"),
    ).toBe("font-style:italic");
  });

  it("keeps a style whose block declares nothing", () => {
    expect(withoutInheritedProperties("--hl-l:#005CC5", "")).toBe("--hl-l:#005CC5");
  });
});

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

async function highlight(markdown: string): Promise<Node> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype)
    // One language: loading all of them takes seconds.
    .use(rehypeShiki, { ...highlightOptions, langs: ["python"] });
  return await processor.run(processor.parse(markdown));
}

function tokens(node: Node): Node[] {
  const children = node.children ?? [];
  const own = node.tagName === "span" && !children.some((child) => child.type === "element") ? [node] : [];
  return [...own, ...children.flatMap(tokens)];
}

describe("tokensInheritBlockColours", () => {
  it("leaves the plain text's tokens without a style and keeps every other colour", async () => {
    const tree = await highlight("```python\ndef total(values):\n    return sum(values)  # all\n```");
    const all = tokens(tree);
    const styles = all.map((token) => token.properties?.style);
    // `def`, `total`, `sum` and the comment have colours of their own; `(values):` and the rest are
    // in the block's text colour.
    expect(styles.filter((style) => style === undefined).length).toBeGreaterThan(0);
    expect(styles.filter((style) => typeof style === "string").length).toBeGreaterThan(0);
    for (const style of styles) {
      if (typeof style === "string") expect(style).not.toMatch(/--hl-l:#24292e;--hl-d:#e6edf3/i);
    }
    const keyword = all.find((token) => (token.children?.[0] as { value?: string })?.value === "def");
    expect(keyword?.properties?.style).toBe("--hl-l:#D73A49;--hl-d:#FF7B72");
  });
});
