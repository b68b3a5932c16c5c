import { findExecutable } from "./find-executable";

/** The system Chromium Playwright drives: CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function findChromium(candidate = process.env.CHROMIUM_PATH): string | null {
  return findExecutable("chromium", [candidate, "/usr/bin/chromium", "/usr/bin/chromium-browser"]);
}

/**
 * The flags every Chromium run here takes (shared/notes/stack-pitfalls.md §0): no sandbox as root,
 * and nothing that reaches for the network this machine does not have.
 */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
