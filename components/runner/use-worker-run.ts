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

export function useWorkerRun<Request extends object, Run>(
  create: () => Worker,
  limitMs: number,
): { run: (request: Request) => Promise<WorkerOutcome<Run>>; warm: () => void } {
  const worker = useRef<Worker | null>(null);
  const nextId = useRef(0);

  useEffect(() => () => worker.current?.terminate(), []);

  const send = useCallback(
    (request: Request & { warm?: boolean }): Promise<WorkerOutcome<Run>> =>
      new Promise((resolve) => {
        const current = (worker.current ??= create());
        const id = ++nextId.current;
        const stop = (reason: "timeout" | "crash", message: string) => {
          current.terminate();
          if (worker.current === current) worker.current = null;
          resolve({ ok: false, reason, message });
        };
        let timer = window.setTimeout(
          () => stop("timeout", "The runtime did not load within a minute."),
          LOAD_LIMIT_MS,
        );
        current.onmessage = (event: MessageEvent<WorkerMessage<Run>>) => {
          const message = event.data;
          if (message.id !== id) return;
          if ("started" in message) {
            window.clearTimeout(timer);
            timer = window.setTimeout(
              () => stop("timeout", `Stopped after ${limitMs / 1000} seconds.`),
              limitMs,
            );
            return;
          }
          window.clearTimeout(timer);
          if ("run" in message) resolve({ ok: true, run: message.run });
          else if ("failure" in message) stop("crash", message.failure);
          else resolve({ ok: false, reason: "crash", message: "" });
        };
        current.onerror = (event) => {
          window.clearTimeout(timer);
          stop("crash", event.message || "The runner stopped unexpectedly.");
        };
        current.postMessage({ ...request, id });
      }),
    [create, limitMs],
  );

  const warm = useCallback(() => {
    if (!worker.current) void send({ warm: true } as Request & { warm: boolean });
  }, [send]);

  return { run: send, warm };
}
