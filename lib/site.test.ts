import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { PERSONAL_PREFIXES } from "./security/request-checks";
import { STATIC_PUBLIC_PATHS, UNLISTED_PUBLIC_PATHS } from "./site";

// Routes named in code must match the folders that make them (issue 11): a new page is added in
// its folder and in one list, and this fails until both agree.

const app = fileURLToPath(new URL("../app", import.meta.url));

/** The addresses of the page.tsx files under a route group, without dynamic segments. */
function staticPages(group: string): string[] {
  const root = path.join(app, group);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === "page.tsx")
    .map((entry) => path.relative(root, entry.parentPath))
    .filter((dir) => !dir.includes("["))
    .map((dir) => (dir === "" ? "/" : `/${dir.split(path.sep).join("/")}`))
    .sort();
}

describe("route lists", () => {
  it("name every signed-in page folder as personal, and nothing else", () => {
    const folders = readdirSync(path.join(app, "(app)"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/${entry.name}`);
    expect([...PERSONAL_PREFIXES].sort()).toEqual(folders.sort());
  });

  it("put every public page at a fixed address in the sitemap, or say why not", () => {
    const pages = [...staticPages("(marketing)"), ...staticPages("(content)")].sort();
    expect([...STATIC_PUBLIC_PATHS, ...UNLISTED_PUBLIC_PATHS].sort()).toEqual(pages);
  });
});
