// The messages between the code panel (./worker-session.ts) and its workers. A warm-up and a run
// may be in flight together; every answer carries its request's id, so a late answer from a run the
// panel gave up on is ignored.

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

/** What a worker's scope offers serveRuns: a DedicatedWorkerGlobalScope, or a fake in a test. */
export interface WorkerScope {
  onmessage: ((event: MessageEvent) => unknown) | null;
  postMessage(message: unknown): void;
}

/**
 * The worker's side of the protocol: loads the runtime once (on the first message), answers a
 * warm-up with `ready`, and a request with `started` and then its run, or a failure.
 */
export function serveRuns<Runtime, Request extends { id: number; warm?: boolean }, Run>(
  scope: WorkerScope,
  load: () => Promise<Runtime>,
  run: (runtime: Runtime, request: Request) => Run | Promise<Run>,
): void {
  let runtime: Promise<Runtime> | null = null;
  scope.onmessage = async (event: MessageEvent<Request>) => {
    const request = event.data;
    const { id } = request;
    let answer: WorkerMessage<Run>;
    try {
      const loaded = await (runtime ??= load());
      if (request.warm) return scope.postMessage({ id, ready: true } satisfies WorkerMessage<Run>);
      scope.postMessage({ id, started: true } satisfies WorkerMessage<Run>);
      answer = { id, run: await run(loaded, request) };
    } catch (error) {
      // A runtime that failed to load is tried again on the next worker the panel starts.
      answer = { id, failure: error instanceof Error ? error.message : String(error) };
    }
    scope.postMessage(answer);
  };
}
