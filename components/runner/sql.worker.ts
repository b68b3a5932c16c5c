/// <reference lib="webworker" />
import { PGLITE_URL } from "@/lib/runner/runtimes";
import { runSqlQuery, type SqlDatabase } from "@/lib/runner/sql-session";

import { closeNetwork, type SqlRequest, type SqlResponse } from "./worker-protocol";

// Runs SQL for the code panel in the browser: PGlite (PostgreSQL compiled to WebAssembly), loaded
// from this site on the first request. Every run starts from the question's setup in a transaction
// that is rolled back (lib/runner/sql-session.ts). A run that does not finish in time is stopped by
// the panel terminating this worker.

declare const self: DedicatedWorkerGlobalScope;

let database: Promise<SqlDatabase> | null = null;

async function open(): Promise<SqlDatabase> {
  // Loaded at run time from public/vendor/, not bundled: the bundler must leave this import alone.
  const { PGlite } = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PGLITE_URL)) as {
    PGlite: { create(): Promise<SqlDatabase> };
  };
  const db = await PGlite.create();
  closeNetwork(self);
  return db;
}

self.onmessage = async (event: MessageEvent<SqlRequest>) => {
  const { id, warm, setup, query } = event.data;
  let response: SqlResponse;
  try {
    const db = await (database ??= open());
    if (warm) return self.postMessage({ id, ready: true } satisfies SqlResponse);
    self.postMessage({ id, started: true } satisfies SqlResponse);
    response = { id, run: await runSqlQuery(db, setup, query) };
  } catch (error) {
    response = { id, failure: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
