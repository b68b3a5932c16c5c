import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";

// The code runner's runtimes (issue 13), served by this site and never by a third-party host: the
// files PGlite and Pyodide load in the browser, copied from node_modules into public/vendor/ under
// a folder named by their version (so a new version is a new address, safe to cache for ever).
// scripts/run-app.ts does this before dev, build and start; it is quick when nothing changed.

export interface Runtime {
  name: string;
  /** The package's folder in node_modules that holds the browser files. */
  from: string;
  /** Which of its files the browser loads. */
  include: (file: string) => boolean;
  /** Files the browser loads gzip-compressed, written as <file>.gz instead of the file. */
  gzip?: (file: string) => boolean;
}

/** Raise when RUNTIMES changes what is copied or how. */
const COPY_RULES_VERSION = 2;

export const RUNTIMES: Runtime[] = [
  {
    name: "pglite",
    from: "node_modules/@electric-sql/pglite/dist",
    // The ES module build and what it loads; not the extensions, maps, types or CommonJS build.
    include: (file) => /^(index\.js|chunk-[\w-]+\.js|pglite\.(wasm|data)|initdb\.(js|wasm))$/.test(file),
    // Served as application/octet-stream, which servers leave uncompressed (lib/runner/runtimes.ts).
    gzip: (file) => file === "pglite.data",
  },
  {
    name: "pyodide",
    from: "node_modules/pyodide",
    include: (file) =>
      /^(pyodide\.mjs|pyodide\.asm\.(mjs|wasm)|python_stdlib\.zip|pyodide-lock\.json)$/.test(file),
  },
];

async function version(root: string, runtime: Runtime): Promise<string> {
  const packageDir = runtime.from.replace(/\/dist$/, "");
  const manifest = JSON.parse(await readFile(path.join(root, packageDir, "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

/** The public path of a runtime's folder, e.g. /vendor/pglite-0.5.14/. */
export async function runtimePath(root: string, runtime: Runtime): Promise<string> {
  return `/vendor/${runtime.name}-${await version(root, runtime)}/`;
}

/** Copies each runtime into public/vendor/<name>-<version>/ unless it is there already; removes old versions. */
export async function copyRuntimes(
  root: string,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const vendor = path.join(root, "public", "vendor");
  await mkdir(vendor, { recursive: true });
  const wanted = new Set<string>();
  for (const runtime of RUNTIMES) {
    const folder = `${runtime.name}-${await version(root, runtime)}`;
    wanted.add(folder);
    const target = path.join(vendor, folder);
    // Named by the copy rules' version, so a change of rules (a file added, one compressed) recopies.
    const marker = path.join(target, `.complete-${COPY_RULES_VERSION}`);
    if (
      await stat(marker).then(
        () => true,
        () => false,
      )
    )
      continue;
    await rm(target, { recursive: true, force: true });
    await mkdir(target, { recursive: true });
    const files = (await readdir(path.join(root, runtime.from))).filter(runtime.include);
    for (const file of files) {
      const source = path.join(root, runtime.from, file);
      if (runtime.gzip?.(file)) {
        await writeFile(path.join(target, `${file}.gz`), gzipSync(await readFile(source), { level: 9 }));
      } else {
        await copyFile(source, path.join(target, file));
      }
    }
    await writeFile(marker, `${files.length} files\n`);
    log(`Copied the ${runtime.name} runtime for the code runner into public/vendor/${folder}.`);
  }
  for (const entry of await readdir(vendor)) {
    if (!wanted.has(entry)) await rm(path.join(vendor, entry), { recursive: true, force: true });
  }
}
