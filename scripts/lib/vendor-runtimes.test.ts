import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { copyRuntimes } from "./vendor-runtimes";

// The runtimes' copy into public/vendor/, on a made-up node_modules: the files the browser loads,
// PGlite's database files compressed, older versions removed, nothing redone when nothing changed.

let root: string;

async function fakePackage(dir: string, version: string, files: Record<string, string>) {
  const packageDir = path.join(root, "node_modules", dir);
  const filesDir = dir.includes("pglite") ? path.join(packageDir, "dist") : packageDir;
  await mkdir(filesDir, { recursive: true });
  await writeFile(path.join(packageDir, "package.json"), JSON.stringify({ version }));
  for (const [name, body] of Object.entries(files)) await writeFile(path.join(filesDir, name), body);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "vendor-"));
  await fakePackage("@electric-sql/pglite", "1.2.3", {
    "index.js": "export {}",
    "pglite.wasm": "wasm",
    "pglite.data": "data ".repeat(1000),
    "index.d.ts": "types",
    "index.cjs": "commonjs",
  });
  await fakePackage("pyodide", "9.9.9", { "pyodide.mjs": "export {}", "README.md": "readme" });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("copyRuntimes", () => {
  it("copies what the browser loads, compressing PGlite's database files", async () => {
    await copyRuntimes(root);
    const pglite = path.join(root, "public/vendor/pglite-1.2.3");
    expect((await readdir(pglite)).filter((f) => !f.startsWith(".")).sort()).toEqual([
      "index.js",
      "pglite.data.gz",
      "pglite.wasm",
    ]);
    expect(gunzipSync(await readFile(path.join(pglite, "pglite.data.gz"))).toString()).toBe(
      "data ".repeat(1000),
    );
    expect(await readdir(path.join(root, "public/vendor/pyodide-9.9.9"))).toContain("pyodide.mjs");
  });

  it("removes older versions and leaves a finished copy alone", async () => {
    await mkdir(path.join(root, "public/vendor/pglite-0.0.1"), { recursive: true });
    const lines: string[] = [];
    await copyRuntimes(root, (line) => lines.push(line));
    expect(lines).toHaveLength(2);
    expect(await readdir(path.join(root, "public/vendor"))).toEqual(["pglite-1.2.3", "pyodide-9.9.9"]);
    await copyRuntimes(root, (line) => lines.push(line));
    expect(lines).toHaveLength(2);
  });
});
