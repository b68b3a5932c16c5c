import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

import { codePaletteCss } from "@/lib/questions/code-highlight";

// Writes app/code-palette.css, the classes highlighted code's tokens carry instead of colours
// (lib/questions/code-highlight.ts). Run it after changing Shiki's themes, or upgrading Shiki; a unit
// test fails while the file and the themes differ.

const target = fileURLToPath(new URL("../app/code-palette.css", import.meta.url));
await writeFile(target, codePaletteCss());
console.log(`Wrote ${target}`);
