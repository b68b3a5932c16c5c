import { spawn, type ChildProcess } from "node:child_process";
import { openSync, closeSync } from "node:fs";
import net from "node:net";

// The processes `npm run deploy:check` starts (scripts/deploy-check.ts): app instances through
// `npm start`, a TCP relay between them and PostgreSQL that the check can cut (a database outage
// for the instances alone, while the shared server goes on), and the helpers that wait for them.
// Every process is started in its own process group, so stopping one stops npm, scripts/run-app.ts
// and scripts/serve.ts together.

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Process groups still running, killed outright if the check itself exits without cleaning up. */
const liveGroups = new Set<number>();
process.once("exit", () => {
  for (const pid of liveGroups) {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
});

export interface Started {
  pid: number;
  /** Resolves with the exit code (or 128 + signal number) once the process has exited. */
  exited: Promise<number>;
  running: () => boolean;
  /** Signals the whole process group. */
  signal: (signal: NodeJS.Signals) => void;
  /** SIGTERM (or `signal`), then SIGKILL after `graceMs`; resolves once it has exited. */
  stop: (options?: { signal?: NodeJS.Signals; graceMs?: number }) => Promise<void>;
}

/** Starts a command in a new process group with its output appended to `logFile`. */
export function startProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Started {
  const log = openSync(options.logFile, "a");
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", log, log],
    });
  } finally {
    closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${command}`);
  liveGroups.add(pid);
  let done = false;
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => {
      done = true;
      liveGroups.delete(pid);
      resolve(code ?? 128 + (signal ? (signalNumbers[signal] ?? 0) : 0));
    });
    child.once("error", () => {
      done = true;
      liveGroups.delete(pid);
      resolve(127);
    });
  });
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-pid, name);
    } catch {
      // the group is gone already
    }
  };
  return {
    pid,
    exited,
    running: () => !done,
    signal,
    async stop({ signal: first = "SIGTERM", graceMs = 15_000 } = {}) {
      if (done) return;
      signal(first);
      const timer = setTimeout(() => signal("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
      // Children that outlived the group leader (none should) go too.
      signal("SIGKILL");
    },
  };
}

const signalNumbers: Partial<Record<NodeJS.Signals, number>> = {
  SIGINT: 2,
  SIGKILL: 9,
  SIGTERM: 15,
  SIGQUIT: 3,
};

/** Polls `probe` until it returns true; throws after `timeoutMs` or once `alive()` says no. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean>,
  {
    timeoutMs = 60_000,
    intervalMs = 250,
    alive = () => true,
  }: {
    timeoutMs?: number;
    intervalMs?: number;
    alive?: () => boolean;
  } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await probe().catch(() => false)) return;
    if (!alive()) throw new Error(`${what}: the process exited`);
    if (Date.now() > deadline) throw new Error(`${what}: not within ${Math.round(timeoutMs / 1000)} s`);
    await sleep(intervalMs);
  }
}

/** The status of a GET, or 0 when nothing answered. */
export async function statusOf(url: string, init: RequestInit = {}): Promise<number> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000), ...init });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Throws when something already listens on one of `ports` (a leftover from an earlier run). */
export async function assertPortsFree(ports: number[]): Promise<void> {
  for (const port of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer();
      probe.once("error", () => resolve(false));
      probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
    });
    if (!free) throw new Error(`port ${port} is in use; stop whatever listens there and run again`);
  }
}

export interface Relay {
  /** Drops every connection and stops listening: the database is gone for whoever uses the relay. */
  cut(): Promise<void>;
  /** Listens again. */
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** A TCP relay from 127.0.0.1:`port` to `target`, which the check can cut and restore. */
export async function startRelay(port: number, target: { host: string; port: number }): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = async () => {
    const next = net.createServer((client) => {
      const upstream = net.connect(target.port, target.host);
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.once("close", () => sockets.delete(socket));
        socket.on("error", () => socket.destroy());
      }
      client.once("close", () => upstream.destroy());
      upstream.once("close", () => client.destroy());
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve, reject) => {
      next.once("error", reject);
      next.listen(port, "127.0.0.1", () => resolve());
    });
    server = next;
  };
  const cut = async () => {
    const current = server;
    server = null;
    for (const socket of sockets) socket.destroy();
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  await listen();
  return { cut, restore: listen, close: cut };
}
