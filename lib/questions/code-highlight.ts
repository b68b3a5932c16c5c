import githubDarkDefault from "@shikijs/themes/github-dark-default";
import githubLight from "@shikijs/themes/github-light";

import type { RehypeShikiOptions } from "@shikijs/rehype";
import type { ThemeRegistration } from "shiki";

// Shiki gives every token of highlighted code both themes' colours as CSS variables
// (`--hl-l:#005CC5;--hl-d:#79C0FF`), and each style is sent twice: in the HTML and in the page's RSC
// payload. So the transformer below trims them:
// - most tokens of a block are in its plain text colour, which the block itself declares, and custom
//   properties inherit, so those tokens need no colour of their own;
// - every other colour is one of its theme's few token colours, so it becomes a class (`l3 d2`) that
//   app/code-palette.css, written from the same themes, defines.

type ShikiTransformer = NonNullable<RehypeShikiOptions["transformers"]>[number];
type HastElement = Parameters<NonNullable<ShikiTransformer["pre"]>>[0];

const THEMES = { l: githubLight, d: githubDarkDefault } satisfies Record<string, ThemeRegistration>;
type ThemeKey = keyof typeof THEMES;

// github-light's orange (parameters, some keywords) is 3.5:1 on white, under WCAG AA's 4.5:1.
const COLOR_REPLACEMENTS: Record<string, Record<string, string>> = {
  "github-light": { "#e36209": "#a64d00" },
};

/** A theme's token colours, lower case, replaced as Shiki replaces them, in the theme's order. */
export function themePalette(theme: ThemeRegistration, replacements: Record<string, string> = {}): string[] {
  const colours = (theme.tokenColors ?? [])
    .map((rule) => rule.settings.foreground?.toLowerCase())
    .filter((colour): colour is string => Boolean(colour))
    .map((colour) => replacements[colour] ?? colour);
  return [...new Set(colours)];
}

/** Each theme's palette: the light theme's fourth colour is class `l3`. */
export const CODE_PALETTE: Record<ThemeKey, string[]> = {
  l: themePalette(THEMES.l, COLOR_REPLACEMENTS[THEMES.l.name ?? ""]),
  d: themePalette(THEMES.d, COLOR_REPLACEMENTS[THEMES.d.name ?? ""]),
};

/** The stylesheet app/code-palette.css holds: one rule per class, scoped to highlighted code. */
export function codePaletteCss(palette: Record<string, string[]> = CODE_PALETTE): string {
  const rules = Object.entries(palette).flatMap(([key, colours]) =>
    colours.map((colour, index) => `.shiki .${key}${index} {\n  --hl-${key}: ${colour};\n}`),
  );
  return `/* Written by \`npm run code-palette\` from lib/questions/code-highlight.ts; do not edit. */\n${rules.join("\n")}\n`;
}

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

/**
 * The palette's colours in a style, as classes: "--hl-l:#D73A49;--hl-d:#FF7B72" is `l5 d1` and no
 * style. A colour outside the palette, or any other declaration, stays in the style.
 */
export function paletteClasses(
  style: string,
  palette: Record<string, string[]> = CODE_PALETTE,
): { classes: string[]; style: string } {
  const classes: string[] = [];
  const kept: string[] = [];
  for (const [name, value] of declarations(style)) {
    const key = name.startsWith("--hl-") ? name.slice("--hl-".length) : undefined;
    const index = key === undefined ? -1 : (palette[key]?.indexOf(value.toLowerCase()) ?? -1);
    if (index === -1) kept.push(`${name}:${value}`);
    else classes.push(`${key}${index}`);
  }
  return { classes, style: kept.join(";") };
}

function classNames(element: HastElement): string[] {
  const value: unknown = element.properties.className;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === "string" ? value.split(/\s+/).filter(Boolean) : [];
}

function dropInherited(element: HastElement, inherited: string) {
  for (const child of element.children) {
    if (child.type !== "element") continue;
    const style = child.properties.style;
    if (typeof style !== "string") {
      dropInherited(child, inherited);
      continue;
    }
    const { classes, style: kept } = paletteClasses(withoutInheritedProperties(style, inherited));
    if (classes.length > 0) child.properties.className = [...classNames(child), ...classes];
    if (kept) child.properties.style = kept;
    else delete child.properties.style;
    // Its own declarations come after its block's, so they win for what it holds.
    dropInherited(child, `${inherited};${style}`);
  }
}

/**
 * Takes out of each token the colours it inherits from its block (`<pre>`), and turns the rest into
 * the palette's classes.
 */
export const compactTokenColours: ShikiTransformer = {
  name: "compact-token-colours",
  pre(pre) {
    const style = pre.properties.style;
    if (typeof style === "string") dropInherited(pre, style);
  },
};

/** Shiki's options for the question bank's code (components/questions/markdown.tsx). */
export const highlightOptions: RehypeShikiOptions = {
  // Colours as CSS variables for both themes (--hl-l and --hl-d: short, since each coloured token
  // carries them); app/globals.css picks one by the page's theme.
  themes: THEMES,
  defaultColor: false,
  cssVariablePrefix: "--hl-",
  transformers: [compactTokenColours],
  colorReplacements: COLOR_REPLACEMENTS,
  langs: ["python", "sql", "csv", "bash", "yaml", "json", "cpp", "javascript", "typescript"],
  fallbackLanguage: "text",
};
