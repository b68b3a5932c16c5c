import { accessSync, constants } from "node:fs";

/** The system Chromium Playwright drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(candidate = process.env.CHROMIUM_PATH): string | null {
  for (const file of [candidate, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (!file) continue;
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      // try the next one
    }
  }
  return null;
}
