import type { RehypeShikiOptions } from "@shikijs/rehype";

// Shiki gives every token of highlighted code both themes' colours as CSS variables
// (`--hl-l:#005CC5;--hl-d:#79C0FF`), and each style is sent twice: in the HTML and in the page's RSC
// payload. Most tokens of a block are in its plain text colour, which the block itself declares, and
// custom properties inherit, so those tokens need no colour of their own.

type ShikiTransformer = NonNullable<RehypeShikiOptions["transformers"]>[number];
type HastElement = Parameters<NonNullable<ShikiTransformer["pre"]>>[0];

function declarations(style: string): [name: string, value: string][] {
  return style
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(":");
      return colon === -1 ? [part, ""] : [part.slice(0, colon).trim(), part.slice(colon + 1).trim()];
    });
}

/**
 * The style less each custom property that holds the value the element inherits from `inherited`
 * (its block's style): "--hl-l:#24292E;--hl-d:#E6EDF3" under "--hl-l:#24292e;--hl-d:#e6edf3;…" is
 * "". Colours compare without case; other properties stay, since not all of them inherit.
 */
export function withoutInheritedProperties(style: string, inherited: string): string {
  const fromBlock = new Map(declarations(inherited).map(([name, value]) => [name, value.toLowerCase()]));
  return declarations(style)
    .filter(([name, value]) => !(name.startsWith("--") && fromBlock.get(name) === value.toLowerCase()))
    .map(([name, value]) => `${name}:${value}`)
    .join(";");
}

function dropInherited(element: HastElement, inherited: string) {
  for (const child of element.children) {
    if (child.type !== "element") continue;
    const style = child.properties.style;
    if (typeof style !== "string") {
      dropInherited(child, inherited);
      continue;
    }
    const kept = withoutInheritedProperties(style, inherited);
    if (kept) child.properties.style = kept;
    else delete child.properties.style;
    // Its own declarations come after its block's, so they win for what it holds.
    dropInherited(child, `${inherited};${style}`);
  }
}

/** Takes out of each token the colours it inherits from its block (`<pre>`). */
export const tokensInheritBlockColours: ShikiTransformer = {
  name: "tokens-inherit-block-colours",
  pre(pre) {
    const style = pre.properties.style;
    if (typeof style === "string") dropInherited(pre, style);
  },
};

/** Shiki's options for the question bank's code (components/questions/markdown.tsx). */
export const highlightOptions: RehypeShikiOptions = {
  // Colours as CSS variables for both themes (--hl-l and --hl-d: short, since each coloured token
  // carries them); app/globals.css picks one by the page's theme.
  themes: { l: "github-light", d: "github-dark-default" },
  defaultColor: false,
  cssVariablePrefix: "--hl-",
  transformers: [tokensInheritBlockColours],
  // github-light's orange (parameters, some keywords) is 3.5:1 on white, under WCAG AA's 4.5:1.
  colorReplacements: { "github-light": { "#e36209": "#a64d00" } },
  langs: ["python", "sql", "csv", "bash", "yaml", "json", "cpp", "javascript", "typescript"],
  fallbackLanguage: "text",
};
