import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

// Cuts the site's typeface (Geist, variable, from the `geist` package) down to the characters the
// site prints, into app/fonts/ (issue 18: the full file was ~70 kB, loaded before first paint; code
// uses the system's monospace face, app/fonts.ts). The set is Basic Latin and Latin-1 (any name or
// word a person types in a note) plus every other character found in content/ and the app's own source: the
// Greek, maths, arrows and typographic marks questions use. A character the font lacks is skipped
// and shows in the system font, as does a new symbol until `npm run fonts:subset` is run again.

const root = fileURLToPath(new URL("..", import.meta.url));
const require = createRequire(import.meta.url);
const subsetFont = require("subset-font") as (
  font: Buffer,
  text: string,
  options: { targetFormat: "woff2"; variationAxes?: Record<string, { min: number; max: number }> },
) => Promise<Buffer>;

const FONTS = [
  { from: "geist/dist/fonts/geist-sans/Geist-Variable.woff2", to: "app/fonts/geist-sans-subset.woff2" },
] as const;

/** The weights the site sets (font-normal 400 to the headings' 650): the rest of the axis goes. */
const WEIGHTS = { min: 400, max: 700 };

const SCANNED = ["content", "app", "components", "lib"];
const SCANNED_FILES = /\.(md|ya?ml|tsx?)$/;

/** Every character from U+0020 to U+007E and U+00A0 to U+00FF. */
function latinBase(): string {
  let text = "";
  for (let code = 0x20; code <= 0x7e; code++) text += String.fromCodePoint(code);
  for (let code = 0xa0; code <= 0xff; code++) text += String.fromCodePoint(code);
  return text;
}

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated" && entry.name !== "node_modules") yield* files(full);
    } else if (SCANNED_FILES.test(entry.name)) {
      yield full;
    }
  }
}

/** The characters the site prints: the Latin base plus whatever content/ and the source use. */
async function siteCharacters(): Promise<string> {
  const found = new Set(latinBase());
  for (const dir of SCANNED) {
    for await (const file of files(path.join(root, dir))) {
      for (const char of await readFile(file, "utf8")) if (char >= " ") found.add(char);
    }
  }
  return [...found].sort().join("");
}

const text = await siteCharacters();
await mkdir(path.join(root, "app/fonts"), { recursive: true });
for (const font of FONTS) {
  const source = await readFile(path.join(root, "node_modules", font.from));
  const subset = await subsetFont(source, text, { targetFormat: "woff2", variationAxes: { wght: WEIGHTS } });
  await writeFile(path.join(root, font.to), subset);
  console.log(
    `${font.to}: ${(subset.length / 1024).toFixed(1)} kB (from ${(source.length / 1024).toFixed(1)} kB), ${[...text].length} characters asked for`,
  );
}
