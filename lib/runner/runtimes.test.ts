import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { PGLITE_VERSION, PYODIDE_VERSION } from "./runtimes";

const installed = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), "utf8")) as {
      version: string;
    }
  ).version;

describe("the runtimes the browser loads", () => {
  it("are the installed packages' versions, so their files are where the runner looks", () => {
    expect(PGLITE_VERSION).toBe(installed("@electric-sql/pglite"));
    expect(PYODIDE_VERSION).toBe(installed("pyodide"));
  });
});
