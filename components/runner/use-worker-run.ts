"use client";

import { useCallback, useEffect, useRef } from "react";

import type { WorkerMessage } from "./worker-protocol";

// One worker for one code panel, and the rules around it (issue 13): a run that takes longer than
// the limit is stopped by terminating the worker (the only way to stop an endless loop in
// WebAssembly), and the next run starts a fresh one. Loading the runtime has its own, longer limit.

/** Loading a runtime for the first time, on a slow machine and a cold cache. */
const LOAD_LIMIT_MS = 60_000;

export type WorkerOutcome<Run> =
  { ok: true; run: Run } | { ok: false; reason: "timeout" | "crash"; message: string };

interface Pending<Run> {
  resolve: (outcome: WorkerOutcome<Run>) => void;
  timer: number;
}

export function useWorkerRun<Request extends object, Run>(
  create: () => Worker,
  limitMs: number,
): { run: (request: Request) => Promise<WorkerOutcome<Run>>; warm: () => void } {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);
  // A warm-up and a run may both wait on the same worker; each has its own timer.
  const pending = useRef(new Map<number, Pending<Run>>());

  const stop = useCallback((reason: "timeout" | "crash", message: string) => {
    worker.current?.terminate();
    worker.current = null;
    for (const waiting of pending.current.values()) {
      window.clearTimeout(waiting.timer);
      waiting.resolve({ ok: false, reason, message });
    }
    pending.current.clear();
  }, []);

  useEffect(() => () => stop("crash", "The page was left."), [stop]);

  const start = useCallback((): Worker => {
    const created = create();
    created.onmessage = (event: MessageEvent<WorkerMessage<Run>>) => {
      const message = event.data;
      const waiting = pending.current.get(message.id);
      // An answer to a request given up on (its worker was replaced) is ignored.
      if (!waiting || worker.current !== created) return;
      window.clearTimeout(waiting.timer);
      if ("started" in message) {
        // The limit counts from the start of the person's code, not from loading the runtime.
        waiting.timer = window.setTimeout(
          () => stop("timeout", `Stopped after ${limitMs / 1000} seconds.`),
          limitMs,
        );
        return;
      }
      pending.current.delete(message.id);
      if ("run" in message) waiting.resolve({ ok: true, run: message.run });
      else if ("failure" in message) stop("crash", message.failure);
      else waiting.resolve({ ok: false, reason: "crash", message: "" });
    };
    created.onerror = (event) => stop("crash", event.message || "The runner stopped unexpectedly.");
    return created;
  }, [create, limitMs, stop]);

  const send = useCallback(
    (request: Request & { warm?: boolean }): Promise<WorkerOutcome<Run>> =>
      new Promise((resolve) => {
        const current = (worker.current ??= start());
        const id = ++nextId.current;
        const timer = window.setTimeout(
          () => stop("timeout", "The runtime did not load within a minute."),
          LOAD_LIMIT_MS,
        );
        pending.current.set(id, { resolve, timer });
        current.postMessage({ ...request, id });
      }),
    [start, stop],
  );

  const warm = useCallback(() => {
    if (!worker.current) void send({ warm: true } as Request & { warm: boolean });
  }, [send]);

  return { run: send, warm };
}
