/// <reference lib="webworker" />
import { PGLITE_BUNDLE_URL, PGLITE_URL } from "@/lib/runner/runtimes";
import { runSqlQuery, type SqlDatabase, type SqlRun } from "@/lib/runner/sql-session";

import { closeNetwork, serveRuns, type SqlRequest } from "./worker-protocol";

// Runs SQL for the code panel in the browser: PGlite (PostgreSQL compiled to WebAssembly), loaded
// from this site on the first request. Every run starts from the question's setup in a transaction
// that is rolled back (lib/runner/sql-session.ts). A run that does not finish in time is stopped by
// the panel terminating this worker.

declare const self: DedicatedWorkerGlobalScope;

/** PGlite's initial files, unpacked from the .gz the site serves (unless a server already did). */
async function initialFiles(): Promise<Blob> {
  const response = await fetch(PGLITE_BUNDLE_URL);
  if (!response.ok) throw new Error(`PostgreSQL's files did not load (${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Blob([bytes]);
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).blob();
}

async function open(): Promise<SqlDatabase> {
  // Loaded at run time from public/vendor/, not bundled: the bundler must leave this import alone.
  const [{ PGlite }, fsBundle] = await Promise.all([
    import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PGLITE_URL) as Promise<{
      PGlite: { create(options: { fsBundle: Blob }): Promise<SqlDatabase> };
    }>,
    initialFiles(),
  ]);
  const db = await PGlite.create({ fsBundle });
  closeNetwork(self);
  return db;
}

serveRuns<SqlDatabase, SqlRequest, SqlRun>(self, open, (db, { setup, query }) =>
  runSqlQuery(db, setup, query),
);
