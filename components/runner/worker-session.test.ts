import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import type { WorkerMessage } from "./worker-protocol";
import { LOAD_LIMIT_MS, WorkerSession, type WorkerLike } from "./worker-session";

// The code panel's rules for its worker, with a fake worker and fake timers: what the panel is
// told when a run answers, fails, loops or crashes, and that the next run always gets a worker.

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: { id: number; warm?: boolean }[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.received.push(message as { id: number });
  }
  terminate() {
    this.terminated = true;
  }
  answer(message: WorkerMessage<string>) {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

let workers: FakeWorker[];
const session = () =>
  new WorkerSession<{ code: string }, string>(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  }, 5_000);

beforeEach(() => {
  workers = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("WorkerSession", () => {
  it("answers a run with its result, keeping one worker for the next", async () => {
    const s = session();
    const first = s.run({ code: "a" });
    workers[0]!.answer({ id: 1, started: true });
    workers[0]!.answer({ id: 1, run: "A" });
    expect(await first).toEqual({ ok: true, run: "A" });
    const second = s.run({ code: "b" });
    workers[0]!.answer({ id: 2, run: "B" });
    expect(await second).toEqual({ ok: true, run: "B" });
    expect(workers).toHaveLength(1);
  });

  it("lets a run share the worker a warm-up is still loading, each with its own answer", async () => {
    const s = session();
    s.warm();
    s.warm(); // a second focus loads nothing more
    const run = s.run({ code: "a" });
    expect(workers[0]!.received).toEqual([
      { warm: true, id: 1 },
      { code: "a", id: 2 },
    ]);
    workers[0]!.answer({ id: 1, ready: true });
    workers[0]!.answer({ id: 2, started: true });
    // The warm-up's load limit no longer runs: the run is still waiting a minute later.
    vi.advanceTimersByTime(4_000);
    workers[0]!.answer({ id: 2, run: "A" });
    expect(await run).toEqual({ ok: true, run: "A" });
    vi.advanceTimersByTime(LOAD_LIMIT_MS);
    expect(workers[0]!.terminated).toBe(false);
  });

  it("stops a run past the limit by terminating the worker, and the next run gets a fresh one", async () => {
    const s = session();
    const looping = s.run({ code: "while True: pass" });
    workers[0]!.answer({ id: 1, started: true });
    vi.advanceTimersByTime(5_000);
    expect(await looping).toEqual({ ok: false, reason: "timeout", message: "Stopped after 5 seconds." });
    expect(workers[0]!.terminated).toBe(true);
    const next = s.run({ code: "print(1)" });
    expect(workers).toHaveLength(2);
    // A late answer from the stopped worker is ignored.
    workers[0]!.answer({ id: 2, run: "stale" });
    workers[1]!.answer({ id: 2, run: "1" });
    expect(await next).toEqual({ ok: true, run: "1" });
  });

  it("counts a slow first load against the load limit, not the run's", async () => {
    const s = session();
    const run = s.run({ code: "a" });
    vi.advanceTimersByTime(30_000);
    workers[0]!.answer({ id: 1, started: true });
    workers[0]!.answer({ id: 1, run: "A" });
    expect(await run).toEqual({ ok: true, run: "A" });
    const stuck = s.run({ code: "b" });
    vi.advanceTimersByTime(LOAD_LIMIT_MS);
    expect(await stuck).toMatchObject({ ok: false, reason: "timeout" });
  });

  it("answers a runtime failure and a crashed worker, and replaces the worker", async () => {
    const s = session();
    const failed = s.run({ code: "a" });
    workers[0]!.answer({ id: 1, failure: "Pyodide did not load" });
    expect(await failed).toEqual({ ok: false, reason: "crash", message: "Pyodide did not load" });
    expect(workers[0]!.terminated).toBe(true);
    const crashed = s.run({ code: "b" });
    workers[1]!.onerror?.({ message: "" } as ErrorEvent);
    expect(await crashed).toEqual({
      ok: false,
      reason: "crash",
      message: "The runner stopped unexpectedly.",
    });
    s.warm();
    expect(workers).toHaveLength(3);
  });
});
