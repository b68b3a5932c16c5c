import type { PythonRun } from "@/lib/runner/python-run";
import type { SqlRun } from "@/lib/runner/sql-session";

// The messages between the code panel and its workers. One request at a time per worker; the
// answer carries the request's id, so a late answer from a run the panel gave up on is ignored.

/** `warm` loads the runtime and answers `ready` without running anything (on the editor's first focus). */
export type SqlRequest = { id: number; warm?: boolean; setup: string; query: string };
export type PythonRequest = { id: number; warm?: boolean; code: string; tests: string | null };

/**
 * `started` comes when the runtime is loaded and the person's code begins: the time limit counts
 * from there, so a slow first load is not mistaken for an endless loop.
 */
export type WorkerMessage<Run> =
  | { id: number; started: true }
  | { id: number; ready: true }
  | { id: number; run: Run }
  | { id: number; failure: string };

export type SqlResponse = WorkerMessage<SqlRun>;
export type PythonResponse = WorkerMessage<PythonRun>;

/**
 * After a runtime has loaded, the worker gives up its ways to reach the network and the site's
 * storage: code typed into the runner runs in this worker, and has no business with the site's
 * API, its caches or anyone else's server.
 */
export function closeNetwork(scope: object): void {
  const names = [
    "fetch",
    "XMLHttpRequest",
    "WebSocket",
    "EventSource",
    "importScripts",
    "indexedDB",
    "caches",
  ];
  for (const name of names) {
    Object.defineProperty(scope, name, { value: undefined, configurable: false, writable: false });
  }
}
