import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { encode } from "next-auth/jwt";

import { startSession } from "@/lib/accounts/sessions";
import type { DbClient } from "@/lib/db-client";

import { freePort } from "../../test/support/free-port";

// The production build run for a script (npm run soak, bench:import): our server (scripts/serve.ts)
// on a free port against a given database, and session cookies for users made directly in it.

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface AppServer {
  baseURL: string;
  pid: number;
  secret: string;
  stop(): Promise<void>;
}

export function requireBuild(): void {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("No production build: run `npm run build` first.");
  }
}

export async function startAppServer(databaseUrl: string): Promise<AppServer> {
  requireBuild();
  const secret = randomBytes(32).toString("base64url");
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: secret,
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (
      await fetch(`${baseURL}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (waited > 60_000 || child.exitCode !== null) throw new Error("the app server did not start");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    pid: child.pid!,
    secret,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** A user made directly in the database, and the session cookie that signs a client in as them. */
export async function signedInUser(
  db: DbClient,
  server: AppServer,
  data: { email: string; targetRoleId?: string },
): Promise<{ id: string; cookie: string }> {
  const user = await db.user.create({ data: { ...data, onboardedAt: new Date() } });
  const sid = await startSession(db, { userId: user.id, userAgent: "script", address: "127.0.0.1" });
  const token = await encode({
    token: { sub: user.id, sid, authTime: Math.floor(Date.now() / 1000), email: user.email },
    secret: server.secret,
    salt: "authjs.session-token",
  });
  return { id: user.id, cookie: `authjs.session-token=${token}` };
}
