/// <reference lib="webworker" />
import { PYTHON_HARNESS } from "@/lib/runner/python-harness";
import type { PythonRun } from "@/lib/runner/python-run";
import { PYODIDE_INDEX_URL } from "@/lib/runner/runtimes";

import { closeNetwork, serveRuns, type PythonRequest } from "./worker-protocol";

// Runs Python for the code panel in the browser: Pyodide (CPython compiled to WebAssembly), loaded
// from this site on the first request, standard library only. The same harness as content:check
// (lib/runner/python-harness.ts) runs the person's code and the question's tests. A run that does
// not finish in time is stopped by the panel terminating this worker.

declare const self: DedicatedWorkerGlobalScope;

interface Pyodide {
  runPython(this: void, code: string, options?: { globals?: unknown }): unknown;
  setStdin(this: void, options: { stdin: () => string | null }): void;
  /** A Python function of one string returning a string comes back as a plain function. */
  globals: { get(name: string): (text: string) => string };
}

async function load(): Promise<Pyodide> {
  // The bundler emits this worker as a classic script, and Pyodide refuses a classic worker (it
  // probes importScripts) although everything it needs, dynamic import(), works there. Without
  // importScripts it takes its module-worker path; the network is closed after loading anyway.
  Object.defineProperty(self, "importScripts", {
    value: () => {
      throw new TypeError("This worker loads modules with import().");
    },
    configurable: true,
  });
  const { loadPyodide } = (await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ `${PYODIDE_INDEX_URL}pyodide.mjs`
  )) as { loadPyodide: (options: { indexURL: string }) => Promise<Pyodide> };
  const runtime = await loadPyodide({ indexURL: PYODIDE_INDEX_URL });
  // input() reads end of file: a program that asks for input gets EOFError, not a frozen page.
  runtime.setStdin({ stdin: () => null });
  runtime.runPython(PYTHON_HARNESS);
  closeNetwork(self);
  return runtime;
}

serveRuns<Pyodide, PythonRequest, PythonRun>(self, load, (runtime, { code, tests }) => {
  const answer = runtime.globals.get("run_json")(JSON.stringify({ code, tests }));
  return JSON.parse(answer) as PythonRun;
});
