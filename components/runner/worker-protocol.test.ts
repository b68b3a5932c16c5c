import { describe, expect, it } from "vitest";

import { serveRuns, type WorkerMessage, type WorkerScope } from "./worker-protocol";

// The worker's side of the protocol WorkerSession speaks (worker-session.test.ts has the other).

function fakeScope() {
  const sent: WorkerMessage<string>[] = [];
  const scope: WorkerScope = {
    onmessage: null,
    postMessage: (message) => sent.push(message as WorkerMessage<string>),
  };
  const send = async (data: object) => {
    await scope.onmessage?.({ data } as MessageEvent);
  };
  return { scope, sent, send };
}

describe("serveRuns", () => {
  it("loads the runtime once, answers a warm-up with ready and a request with started then its run", async () => {
    const { scope, sent, send } = fakeScope();
    let loads = 0;
    serveRuns<string, { id: number; warm?: boolean; code?: string }, string>(
      scope,
      () => Promise.resolve(`runtime ${++loads}`),
      (runtime, request) => `${runtime} ran ${request.code}`,
    );
    await send({ id: 1, warm: true });
    await send({ id: 2, code: "x" });
    expect(sent).toEqual([
      { id: 1, ready: true },
      { id: 2, started: true },
      { id: 2, run: "runtime 1 ran x" },
    ]);
    expect(loads).toBe(1);
  });

  it("answers a failed load or run with its message", async () => {
    const { scope, sent, send } = fakeScope();
    serveRuns<string, { id: number }, string>(
      scope,
      () => Promise.reject(new Error("the WebAssembly did not compile")),
      () => "never",
    );
    await send({ id: 7 });
    expect(sent).toEqual([{ id: 7, failure: "the WebAssembly did not compile" }]);
  });
});
