import type { WorkerMessage } from "./worker-protocol";

// One worker for one code panel, and the rules around it (issue 13): a run that takes longer than
// the limit is stopped by terminating the worker (the only way to stop an endless loop in
// WebAssembly), and the next run starts a fresh one. Loading the runtime has its own, longer limit.
// Plain TypeScript, so the rules are tested without a browser (worker-session.test.ts).

/** Loading a runtime for the first time, on a slow machine and a cold cache. */
export const LOAD_LIMIT_MS = 60_000;

export type WorkerOutcome<Run> =
  { ok: true; run: Run } | { ok: false; reason: "timeout" | "crash"; message: string };

/** What the session needs of a Worker. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

interface Pending<Run> {
  /** Absent for a warm-up, which nobody waits on. */
  resolve?: (outcome: WorkerOutcome<Run>) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class WorkerSession<Request extends object, Run> {
  private worker: WorkerLike | null = null;
  private nextId = 0;
  // A warm-up and a run may both wait on the same worker; each has its own timer.
  private readonly pending = new Map<number, Pending<Run>>();

  constructor(
    private readonly create: () => WorkerLike,
    private readonly limitMs: number,
  ) {}

  /** Runs a request; the answer, or why there is none. */
  run(request: Request): Promise<WorkerOutcome<Run>> {
    return new Promise((resolve) => this.send(request, resolve));
  }

  /** Loads the runtime ahead of the first run (on the editor's first focus). */
  warm(): void {
    if (!this.worker) this.send({ warm: true });
  }

  /** Stops the worker and answers every waiting request with the reason. */
  stop(reason: "timeout" | "crash", message: string): void {
    this.worker?.terminate();
    this.worker = null;
    for (const waiting of this.pending.values()) {
      clearTimeout(waiting.timer);
      waiting.resolve?.({ ok: false, reason, message });
    }
    this.pending.clear();
  }

  private send(request: object, resolve?: Pending<Run>["resolve"]): void {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    const timer = setTimeout(
      () => this.stop("timeout", "The runtime did not load within a minute."),
      LOAD_LIMIT_MS,
    );
    this.pending.set(id, { resolve, timer });
    worker.postMessage({ ...request, id });
  }

  private start(): WorkerLike {
    const created = this.create();
    created.onmessage = (event: MessageEvent<WorkerMessage<Run>>) => {
      const message = event.data;
      const waiting = this.pending.get(message.id);
      // An answer to a request given up on (its worker was replaced) is ignored.
      if (!waiting || this.worker !== created) return;
      clearTimeout(waiting.timer);
      if ("started" in message) {
        // The limit counts from the start of the person's code, not from loading the runtime.
        waiting.timer = setTimeout(
          () => this.stop("timeout", `Stopped after ${this.limitMs / 1000} seconds.`),
          this.limitMs,
        );
        return;
      }
      this.pending.delete(message.id);
      if ("ready" in message) return;
      if ("run" in message) return waiting.resolve?.({ ok: true, run: message.run });
      // The runtime itself failed: this request is answered, and a fresh worker serves the next.
      waiting.resolve?.({ ok: false, reason: "crash", message: message.failure });
      this.stop("crash", message.failure);
    };
    created.onerror = (event) => this.stop("crash", event.message || "The runner stopped unexpectedly.");
    return created;
  }
}
