"use client";

import { useEffect, useState } from "react";

import { WorkerSession, type WorkerLike, type WorkerOutcome } from "./worker-session";

export type { WorkerOutcome };

/** The panel's worker session (./worker-session.ts), stopped when the panel goes away. */
export function useWorkerRun<Request extends object, Run>(
  create: () => WorkerLike,
  limitMs: number,
): WorkerSession<Request, Run> {
  const [session] = useState(() => new WorkerSession<Request, Run>(create, limitMs));
  useEffect(() => () => session.stop("crash", "The page was left."), [session]);
  return session;
}
