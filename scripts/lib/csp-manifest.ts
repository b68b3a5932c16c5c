import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

import { inlineScriptHashes } from "@/lib/security/csp";
import { CSP_MANIFEST } from "@/lib/security/page-policies";

// After `next build`: the hashes of the inline scripts of every prerendered page, keyed by its
// path, for that page's Content-Security-Policy (lib/security/page-policies.ts reads it; csp.ts
// says why).

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return htmlFiles(full);
      return Promise.resolve(entry.name.endsWith(".html") ? [full] : []);
    }),
  );
  return nested.flat();
}

/** "index.html" → "/", "compare/a-vs-b.html" → "/compare/a-vs-b", "_not-found.html" → "/_not-found". */
export function routeOfHtmlFile(relative: string): string {
  const withoutExtension = relative
    .split(path.sep)
    .join("/")
    .replace(/\.html$/, "");
  return withoutExtension === "index" ? "/" : `/${withoutExtension}`;
}

export async function writeCspManifest(distDir: string): Promise<number> {
  const appDir = path.join(distDir, "server", "app");
  const manifest: Record<string, string[]> = {};
  for (const file of await htmlFiles(appDir)) {
    manifest[routeOfHtmlFile(path.relative(appDir, file))] = inlineScriptHashes(await readFile(file, "utf8"));
  }
  await writeFile(path.join(distDir, CSP_MANIFEST), JSON.stringify(manifest));
  return Object.keys(manifest).length;
}
