import { execFile } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

import { startProcess, waitFor, type Started } from "./deploy-processes";
import { findExecutable } from "./find-executable";

// deploy/nginx.conf is a template with {{PLACEHOLDERS}} (its header lists them); this renders it
// for `npm run deploy:check` and runs nginx on it in the foreground, with every file nginx writes
// under one folder of the check's own.

const execFileAsync = promisify(execFile);

export const PLACEHOLDERS = [
  "USER",
  "RUN_DIR",
  "LISTEN",
  "SERVER_NAME",
  "APP_DIR",
  "UPSTREAM_SERVERS",
  "EXTRA_SERVERS",
] as const;
export type NginxValues = Record<(typeof PLACEHOLDERS)[number], string>;

/**
 * The template with each {{NAME}} replaced; throws on a placeholder it has no value for. Comment
 * lines are left as they are (the header names the placeholders), and a value of several lines is
 * indented like the line it goes into.
 */
export function renderNginxConfig(template: string, values: NginxValues): string {
  return template
    .split("\n")
    .map((line) => {
      if (/^\s*#/.test(line)) return line;
      const indent = /^\s*/.exec(line)?.[0] ?? "";
      return line.replace(/\{\{([A-Z_]+)\}\}/g, (match, name: string) => {
        if (!(PLACEHOLDERS as readonly string[]).includes(name)) {
          throw new Error(`deploy/nginx.conf has an unknown placeholder ${match}`);
        }
        return values[name as keyof NginxValues].split("\n").join(`\n${indent}`);
      });
    })
    .join("\n");
}

/** One `server` line per instance of the upstream block. */
export function upstreamLines(addresses: string[]): string {
  return addresses.map((address) => `server ${address} max_fails=2 fail_timeout=5s;`).join("\n");
}

/** NGINX_BIN, else nginx in /usr/sbin or on the PATH. */
export function findNginx(): string | null {
  return findExecutable("nginx", [process.env.NGINX_BIN, "/usr/sbin/nginx"]);
}

export interface RunningNginx {
  configFile: string;
  process: Started;
  stop(): Promise<void>;
}

/**
 * Renders the template into `runDir`, checks it with `nginx -t`, and runs nginx in the foreground
 * (daemon off) until stop(). `ports` are waited on before it returns.
 */
export async function startNginx(options: {
  nginx: string;
  template: string;
  values: Omit<NginxValues, "RUN_DIR">;
  runDir: string;
  ports: number[];
}): Promise<RunningNginx> {
  const { nginx, runDir } = options;
  await mkdir(runDir, { recursive: true });
  const configFile = path.join(runDir, "nginx.conf");
  const template = await readFile(options.template, "utf8");
  await writeFile(configFile, renderNginxConfig(template, { ...options.values, RUN_DIR: runDir }));
  const args = ["-p", runDir, "-c", configFile, "-e", path.join(runDir, "error.log")];
  try {
    await execFileAsync(nginx, [...args, "-t", "-q"]);
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    throw new Error(`nginx -t refused the rendered config (${configFile}):\n${stderr}`);
  }
  const started = startProcess(nginx, [...args, "-g", "daemon off;"], {
    cwd: runDir,
    env: process.env,
    logFile: path.join(runDir, "stderr.log"),
  });
  for (const port of options.ports) {
    await waitFor(
      `nginx listening on ${port}`,
      () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, "127.0.0.1");
          socket.once("connect", () => {
            socket.destroy();
            resolve(true);
          });
          socket.once("error", () => resolve(false));
        }),
      { timeoutMs: 10_000, intervalMs: 100, alive: started.running },
    );
  }
  return {
    configFile,
    process: started,
    // SIGQUIT lets workers finish; SIGTERM after 5 s if it has not.
    stop: () => started.stop({ signal: "SIGQUIT", graceMs: 5_000 }),
  };
}
