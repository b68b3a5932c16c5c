import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

import { freePort } from "../test/support/free-port";

import { E2E_AUTH_SECRET, E2E_DB_PORT } from "./e2e-env";

// A second app instance beside the one Playwright starts, on the same embedded database, reached
// through a relay the test controls: closing the relay is a database outage for this instance
// alone (issue 12, "test with the database stopped"), while the shared server goes on working.

export interface SecondInstance {
  baseURL: string;
  /** Drops every database connection of this instance and refuses new ones. */
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  close(): Promise<void>;
}

async function startRelay(port: number): Promise<{ close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(E2E_DB_PORT, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once("close", () => sockets.delete(socket));
      socket.on("error", () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function waitForHealth(baseURL: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the second instance exited with ${child.exitCode}`);
    const ok = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the second instance did not become healthy within 60 s");
}

export async function startSecondInstance(): Promise<SecondInstance> {
  const [appPort, relayPort] = [await freePort(), await freePort()];
  let relay = await startRelay(relayPort);
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "-p", String(appPort), "-H", "127.0.0.1"],
    {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: `postgresql://postgres@127.0.0.1:${relayPort}/postgres`,
        DATABASE_POOL_MAX: "2",
        AUTH_SECRET: E2E_AUTH_SECRET,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const baseURL = `http://127.0.0.1:${appPort}`;
  try {
    await waitForHealth(baseURL, child);
  } catch (error) {
    child.kill("SIGKILL");
    await relay.close();
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseURL,
    stopDatabase: () => relay.close(),
    startDatabase: async () => {
      relay = await startRelay(relayPort);
    },
    close: async () => {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
      await relay.close();
    },
  };
}
