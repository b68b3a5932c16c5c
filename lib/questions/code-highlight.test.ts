import { readFileSync } from "node:fs";

import rehypeShiki from "@shikijs/rehype";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { describe, expect, it } from "vitest";

import {
  CODE_PALETTE,
  codePaletteCss,
  highlightOptions,
  paletteClasses,
  themePalette,
  withoutInheritedProperties,
} from "./code-highlight";

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

const PALETTE = { l: ["#6a737d", "#d73a49"], d: ["#8b949e", "#ff7b72"] };

describe("paletteClasses", () => {
  it("turns each theme's palette colour into its class, whatever its case", () => {
    expect(paletteClasses("--hl-l:#D73A49;--hl-d:#FF7B72", PALETTE)).toEqual({
      classes: ["l1", "d1"],
      style: "",
    });
    expect(paletteClasses("--hl-d:#8b949e", PALETTE)).toEqual({ classes: ["d0"], style: "" });
  });

  it("keeps a colour outside the palette, and any other declaration, in the style", () => {
    expect(paletteClasses("--hl-l:#123456;--hl-d:#FF7B72;font-style:italic", PALETTE)).toEqual({
      classes: ["d1"],
      style: "--hl-l:#123456;font-style:italic",
    });
    // A light colour under the dark key is not the dark palette's.
    expect(paletteClasses("--hl-d:#d73a49", PALETTE)).toEqual({ classes: [], style: "--hl-d:#d73a49" });
  });
});

describe("the palette", () => {
  it("is each theme's token colours once, lower case, with the replacements applied", () => {
    const theme = {
      name: "t",
      tokenColors: [
        { scope: "a", settings: { foreground: "#ABCDEF" } },
        { scope: "b", settings: { fontStyle: "italic" } },
        { scope: "c", settings: { foreground: "#abcdef" } },
        { scope: "d", settings: { foreground: "#E36209" } },
      ],
    };
    expect(themePalette(theme, { "#e36209": "#a64d00" })).toEqual(["#abcdef", "#a64d00"]);
    expect(CODE_PALETTE.l).toContain("#a64d00");
    expect(CODE_PALETTE.l).not.toContain("#e36209");
  });

  it("is what app/code-palette.css holds (run `npm run code-palette` when this fails)", () => {
    const file = readFileSync(new URL("../../app/code-palette.css", import.meta.url), "utf8");
    expect(file).toBe(codePaletteCss());
    expect(file).toContain(".shiki .l5 {\n  --hl-l: #d73a49;\n}");
  });
});

describe("compactTokenColours", () => {
  it("gives the plain text's tokens nothing and every other token its palette classes", async () => {
    const tree = await highlight("```python\ndef total(values):\n    return sum(values)  # all\n```");
    const all = tokens(tree);
    const text = (token: Node) => (token.children?.[0] as { value?: string })?.value;
    // Python's colours are all in the themes' palettes: no token keeps a style.
    expect(all.map((token) => token.properties?.style).filter(Boolean)).toEqual([]);
    const classes = (value: string) => all.find((token) => text(token) === value)?.properties?.className;
    // `def` is the keyword red in both themes, `sum` a built-in blue, the comment grey; `(values):` is
    // in the block's text colour and carries nothing.
    expect(classes("def")).toEqual(["l5", "d1"]);
    expect(classes(" sum")).toEqual(["l1", "d2"]);
    expect(classes("# all")).toEqual(["l0", "d0"]);
    expect(classes("(values):")).toBeUndefined();
    const plain = all.filter((token) => token.properties?.className === undefined);
    expect(plain.length).toBeGreaterThan(0);
    // The block still declares the text colours those tokens inherit.
    const pre = (function find(node: Node): Node | undefined {
      return node.tagName === "pre" ? node : node.children?.map(find).find(Boolean);
    })(tree);
    expect(pre?.properties?.style).toMatch(/--hl-l:#24292e;--hl-d:#e6edf3/i);
  });
});
