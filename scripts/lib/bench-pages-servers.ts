import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, realpath, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

// The servers `npm run bench:pages` measures, each a process group of its own so that stopping it
// stops everything it started (npm, run-app, the server, the embedded database), and each on a
// port of the ranges this bench may use: the two `next start` on 3500–3599, nginx and Chromium's
// debugging port on 8580–8589, the embedded database from 54400.

export const NEXT_PORTS: [number, number] = [3500, 3599];
export const AUX_PORTS: [number, number] = [8580, 8589];
export const EMBEDDED_DB_PORTS: [number, number] = [54400, 54409];

const STOP_GRACE_MS = 20_000;

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host: "127.0.0.1", exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

const claimed = new Set<number>();

/** The first free port of the range that this run has not handed out yet. */
export async function portIn([from, to]: [number, number]): Promise<number> {
  for (let port = from; port <= to; port++) {
    if (claimed.has(port) || !(await isPortFree(port))) continue;
    claimed.add(port);
    return port;
  }
  throw new Error(`No free port on 127.0.0.1 between ${from} and ${to}.`);
}

export interface Group {
  pid: number;
  /** Set once the group's leader has exited; a non-null code then says how. */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null;
  log: string;
  stop(): Promise<void>;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs a command as the leader of a new process group, its output appended to `log`. stop() sends
 * the group SIGTERM, waits for every process in it to end, and sends SIGKILL after 20 s.
 */
export function startGroup(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log: string },
): Group {
  const out = createWriteStream(options.log, { flags: "a" });
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.once("exit", (code, signal) => (exit = { code, signal }));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command}`);
  return {
    pid,
    exited: () => exit,
    log: options.log,
    async stop() {
      if (!groupAlive(pid)) return;
      process.kill(-pid, "SIGTERM");
      for (let waited = 0; groupAlive(pid); waited += 100) {
        if (waited >= STOP_GRACE_MS) {
          process.kill(-pid, "SIGKILL");
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

/** Runs a command to its end in its own process group; rejects with the log's tail if it fails. */
async function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; log: string },
  onStart: (group: Group) => void,
): Promise<void> {
  const group = startGroup(command, args, options);
  onStart(group);
  while (!group.exited()) await new Promise((resolve) => setTimeout(resolve, 250));
  const { code, signal } = group.exited()!;
  if (code !== 0) {
    throw new Error(
      `\`${command} ${args.join(" ")}\` failed (${signal ?? `exit ${code}`}):\n${await tail(options.log)}`,
    );
  }
}

export async function tail(file: string, lines = 30): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.split("\n").slice(-lines).join("\n");
}

/** Polls `url` until it answers 2xx; fails when the server exits first or after `timeoutMs`. */
async function waitForHttp(url: string, group: Group, timeoutMs: number): Promise<void> {
  for (let waited = 0; ; waited += 500) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    const exit = group.exited();
    if (exit || waited > timeoutMs) {
      throw new Error(
        `${url} did not come up (${exit ? `the server exited: ${exit.signal ?? `exit ${exit.code}`}` : `after ${timeoutMs / 1000} s`}):\n${await tail(group.log)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export interface Server {
  baseURL: string;
  /** CPU time used so far by all the server's processes, in seconds. */
  cpuSeconds: () => Promise<number>;
  stop(): Promise<void>;
}

/** Linux's clock ticks per second (`getconf CLK_TCK`), in which /proc/<pid>/stat counts CPU time. */
const CLOCK_TICKS = 100;

/**
 * User and system CPU time of every live process in the process group, in seconds, from /proc.
 * On a machine that other work shares, CPU time per request moves far less than req/s does.
 */
export async function groupCpuSeconds(pgid: number): Promise<number> {
  let ticks = 0;
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    // After "pid (comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt cmajflt utime stime
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLOCK_TICKS;
}

/** The deepest folder holding both paths. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(path.sep) || path.sep;
}

/**
 * The baseline: scripts/fixtures/bare-next copied to `workDir`, the repository's node_modules
 * linked into it, built with the repository's own `next` and served by `next start`. `track`
 * receives each process group as it starts, so that an interrupted run still stops it.
 */
export async function startBareNext(
  root: string,
  workDir: string,
  track: (group: Group) => void,
): Promise<Server> {
  const app = path.join(workDir, "bare-next");
  await cp(path.join(root, "scripts", "fixtures", "bare-next"), app, { recursive: true });
  const modules = path.join(root, "node_modules");
  await symlink(modules, path.join(app, "node_modules"), "dir");
  // Turbopack compiles nothing outside its root and resolves the link to where it points, so the
  // root must hold both the copy and the repository (the fixture's next.config.ts reads this).
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    BARE_NEXT_ROOT: commonAncestor(await realpath(app), await realpath(modules)),
  };
  const next = path.join(modules, ".bin", "next");
  const log = path.join(workDir, "bare-next.log");
  await runToEnd(next, ["build"], { cwd: app, env, log }, track);
  const port = await portIn(NEXT_PORTS);
  const group = startGroup(next, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: app, env, log });
  track(group);
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseURL}/`, group, 60_000);
  return { baseURL, cpuSeconds: () => groupCpuSeconds(group.pid), stop: () => group.stop() };
}

export interface AppOptions {
  /** Run `npm run build` even when a build exists. */
  build: boolean;
  workDir: string;
  track: (group: Group) => void;
  log: (line: string) => void;
}

/**
 * Our app as `npm start` runs it: on the PostgreSQL of DATABASE_URL when it is set, else on an
 * embedded database of its own (.data/bench-pglite), which is migrated and loaded with content/
 * on its first start. Builds first when there is no production build, or when asked to.
 */
export async function startApp(
  root: string,
  { build, workDir, track, log }: AppOptions,
): Promise<Server & { database: string }> {
  const port = await portIn(NEXT_PORTS);
  const baseURL = `http://127.0.0.1:${port}`;
  const usesPostgres = Boolean(process.env.DATABASE_URL);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SITE_URL: baseURL,
    AUTH_SECRET: process.env.AUTH_SECRET || randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...(usesPostgres
      ? {}
      : {
          EMBEDDED_DB_DIR: ".data/bench-pglite",
          EMBEDDED_DB_PORT: String(await portIn(EMBEDDED_DB_PORTS)),
        }),
  };
  const database = usesPostgres
    ? `PostgreSQL at ${new URL(process.env.DATABASE_URL!).host}`
    : "the embedded database (.data/bench-pglite)";
  const appLog = path.join(workDir, "app.log");
  if (build || !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    log(`Building the app (npm run build, on ${database}); this takes a few minutes…`);
    await runToEnd("npm", ["run", "build"], { cwd: root, env, log: appLog }, track);
  } else {
    log("Reusing the production build in .next (--build rebuilds it).");
  }
  log(`Starting the app (npm start, on ${database})…`);
  const group = startGroup("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env,
    log: appLog,
  });
  track(group);
  // A first start on a new embedded database migrates it and loads all of content/ first.
  await waitForHttp(`${baseURL}/api/health`, group, 300_000);
  return { baseURL, database, cpuSeconds: () => groupCpuSeconds(group.pid), stop: () => group.stop() };
}

export interface StaticPage {
  /** The file's name in the served folder, e.g. "compare.html". */
  file: string;
  html: string;
}

/**
 * nginx serving the given HTML from disk with gzip on (same level as Next.js's default, zlib's 6),
 * from a config written for the run; `nginx -p` keeps its pid, logs and temp files in `workDir`.
 */
export async function startNginx(
  workDir: string,
  pages: StaticPage[],
  track: (group: Group) => void,
): Promise<Server> {
  const prefix = path.join(workDir, "nginx");
  const html = path.join(prefix, "html");
  await mkdir(html, { recursive: true });
  for (const page of pages) await writeFile(path.join(html, page.file), page.html);
  // nginx's workers run as nobody: they must be able to reach and read the files.
  for (let dir = html; dir.startsWith(workDir); dir = path.dirname(dir)) await chmod(dir, 0o755);
  const port = await portIn(AUX_PORTS);
  const conf = path.join(prefix, "nginx.conf");
  await writeFile(
    conf,
    `daemon off;
worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  types { text/html html; }
  default_type application/octet-stream;
  sendfile on;
  keepalive_requests 100000;
  gzip on;
  gzip_comp_level 6;
  gzip_types text/html;
  server {
    listen 127.0.0.1:${port};
    root ${html};
  }
}
`,
  );
  const nginx = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
  const group = startGroup(nginx, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log")], {
    cwd: prefix,
    log: path.join(workDir, "nginx.log"),
  });
  track(group);
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseURL}/${pages[0]!.file}`, group, 15_000);
  return { baseURL, cpuSeconds: () => groupCpuSeconds(group.pid), stop: () => group.stop() };
}

/** A temporary folder for one run (logs, the fixture's copy, nginx's files). */
export async function makeWorkDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), "bench-pages-"));
}
