import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

import { hash } from "@node-rs/argon2";
import { chromium, type Browser, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";

import { createDbClient, type DbClient } from "@/lib/db-client";

import { createScratchDatabase, type TestDatabase } from "../test/support/test-database";
import { findChromium } from "./lib/chromium";
import { findWrk, runWrk, WRK_MISSING, type LoadResult } from "./lib/wrk";
import { findNginx, startNginx, upstreamLines, type RunningNginx } from "./lib/deploy-nginx";
import {
  assertPortsFree,
  sleep,
  startProcess,
  startRelay,
  statusOf,
  waitFor,
  type Relay,
  type Started,
} from "./lib/deploy-processes";

// `npm run deploy:check` (issue 18, item 3): the production set-up of deploy/nginx.conf, tested on
// loopback. Two `npm start` instances on a scratch database (reached through a TCP relay this
// script can cut), nginx in front with the rendered config, then six checks, each printed PASS or
// FAIL, and a summary table:
//   1. a session made through one instance works on the other;
//   2. a sign-in limit counted on one instance is enforced by the other;
//   3. personal pages are never served from the cache, a public page with a session is neither
//      served from it nor stored in it, and the cached Content-Security-Policy has no nonce;
//   4. an instance killed under a load of writes loses no acknowledged write, and nginx routes
//      around it;
//   5. with the database down, public pages come from the cache and personal pages answer a 503
//      page; with every instance down too, the same;
//   6. throughput of a cached public page against nginx serving the same HTML from disk.
// Cleans up (instances, nginx, the scratch database) whatever happens; exits 1 if a check failed.
//
// Flags: --no-build reuses the existing build (fails without one), --build always builds (the
// default builds only when .next has no build). Env: DEPLOY_CHECK_DATABASE_URL uses that database
// instead of a scratch one (it is not dropped; the check's users are deleted), DEPLOY_CHECK_SERVER_URL
// names the server for the scratch database (default postgresql://postgres@127.0.0.1:5432/postgres),
// DEPLOY_CHECK_SECONDS sets each throughput run's length (default 8).

const root = fileURLToPath(new URL("..", import.meta.url));
const RUN = randomBytes(3).toString("hex");

const NGINX_PORT = 8480;
const BASELINE_PORT = 8481;
const INSTANCE_PORTS = [3401, 3402] as const;
const RELAY_PORT = 3409;
const SITE_URL = `http://localhost:${NGINX_PORT}`;
const PROXY = `http://127.0.0.1:${NGINX_PORT}`;
const [A, B] = INSTANCE_PORTS.map((port) => `http://127.0.0.1:${port}`) as [string, string];
/** The Auth.js session cookie over http (SITE_URL is http here; over https it is __Secure-…). */
const SESSION_COOKIE = "authjs.session-token";
const PASSWORD = "deploy check passphrase 42";
const WRONG_PASSWORD = "not the passphrase 42";
const LOAD = {
  threads: 2,
  connections: 32,
  seconds: Number(process.env.DEPLOY_CHECK_SECONDS ?? 8),
};
/** The page whose throughput is measured, and the personal pages checked. */
const MEASURED_PAGE = "/roles/data-scientist";
const PERSONAL_PAGES = ["/dashboard", "/plan", "/practice", "/account", "/mock"];
const STACK_TRACE = /\n\s+at [^\n]+:\d+:\d+|PrismaClient|ECONNREFUSED|node_modules/;

const args = new Set(process.argv.slice(2));
if (args.has("--help")) {
  console.log("npm run deploy:check [-- --no-build | --build]");
  process.exit(0);
}

// ── results ───────────────────────────────────────────────────────────────────────────────────

type Outcome = "PASS" | "FAIL" | "WARN";
interface Row {
  id: string;
  name: string;
  outcome: Outcome;
  detail: string;
}
const rows: Row[] = [];

class CheckFailed extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

function record(row: Row) {
  rows.push(row);
  console.log(`${row.outcome} ${row.id} ${row.name}: ${row.detail}`);
}

/** Runs one check: PASS with its detail, or FAIL with the first broken expectation. */
async function check(id: string, name: string, run: () => Promise<string>): Promise<boolean> {
  console.log(`\n── ${id} ${name}`);
  try {
    record({ id, name, outcome: "PASS", detail: await run() });
    return true;
  } catch (error) {
    const message = error instanceof CheckFailed ? error.message : ((error as Error).stack ?? String(error));
    record({ id, name, outcome: "FAIL", detail: message });
    return false;
  }
}

const log = (line: string) => console.log(`   ${line}`);

// ── HTTP ──────────────────────────────────────────────────────────────────────────────────────

interface Got {
  status: number;
  headers: Headers;
  body: string;
  cacheStatus: string;
}

async function request(
  url: string,
  options: { cookie?: string; headers?: Record<string, string>; method?: string; json?: unknown } = {},
): Promise<Got> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.json !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(url, {
    method: options.method ?? "GET",
    headers,
    body: options.json === undefined ? undefined : JSON.stringify(options.json),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body,
    cacheStatus: response.headers.get("x-cache-status") ?? "",
  };
}

/** GETs a page through nginx until the cache answers it (two or three requests at most). */
async function warm(pathname: string): Promise<Got> {
  let got: Got | undefined;
  for (let i = 0; i < 4; i++) {
    got = await request(`${PROXY}${pathname}`);
    if (got.cacheStatus === "HIT") return got;
    await sleep(150);
  }
  throw new CheckFailed(`${pathname} never became a cache HIT (last: ${got?.status} ${got?.cacheStatus})`);
}

const hasNonce = (csp: string | null) => Boolean(csp?.includes("'nonce-"));
const cacheControlOk = (value: string | null) =>
  Boolean(value && /\bprivate\b/.test(value) && /\bno-store\b/.test(value));

// ── users ─────────────────────────────────────────────────────────────────────────────────────

interface User {
  id: string;
  email: string;
  name: string;
}

let usersMade = 0;

/** A signed-up, confirmed and onboarded user with PASSWORD, made directly in the database. */
async function createUser(db: DbClient, label: string): Promise<User> {
  const n = ++usersMade;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Deploycheck${RUN}n${n}`;
  const email = `deploy-check-${RUN}-${label}-${n}@example.test`;
  // Argon2id, as lib/accounts/password-hash.ts stores it (the hash string names its parameters).
  const passwordHash = await hash(PASSWORD, {
    algorithm: 2,
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const user = await db.user.create({
    data: { name, email, passwordHash, emailVerified: new Date(), onboardedAt: new Date() },
    select: { id: true },
  });
  return { id: user.id, email, name };
}

/**
 * A session cookie for `user`, made the way lib/auth.ts makes one: a UserSession row named by the
 * token's `sid`, in a JWT encrypted with AUTH_SECRET and salted with the cookie's name.
 */
async function sessionCookie(db: DbClient, secret: string, user: User): Promise<string> {
  const sid = randomBytes(16).toString("base64url");
  await db.userSession.create({
    data: { id: sid, userId: user.id, userAgent: "deploy-check", address: "127.0.0.1" },
  });
  const token = await encode({
    token: { sub: user.id, sid, authTime: Math.floor(Date.now() / 1000), email: user.email, name: user.name },
    secret,
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH.");
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
}

/** Opens the sign-in page at `base` and waits for it to settle (hydrated, so the form posts by fetch). */
async function openSignIn(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/sign-in`, { waitUntil: "networkidle" });
}

/** Fills and submits the sign-in form. */
async function submitSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** The sign-in form's status line once it says something (a fresh page starts with it empty). */
async function signInMessage(page: Page): Promise<string> {
  const status = page.locator("form p[role=status]").filter({ hasText: /\S/ });
  await status.waitFor({ timeout: 30_000 });
  return ((await status.textContent()) ?? "").trim();
}

/** Signs `user` in through the real form at `base`; returns the session cookie the browser got. */
async function signInWithForm(browser: Browser, base: string, user: User): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await openSignIn(page, base);
    await submitSignIn(page, user.email, PASSWORD);
    await page.waitForURL((url) => url.pathname === "/dashboard", { timeout: 30_000 });
    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    expect(cookie, `signing in at ${base} set no ${SESSION_COOKIE} cookie`);
    return `${SESSION_COOKIE}=${cookie.value}`;
  } finally {
    await context.close();
  }
}

// ── the run ───────────────────────────────────────────────────────────────────────────────────

interface Instance {
  port: number;
  base: string;
  process: Started;
}

interface World {
  db: DbClient;
  secret: string;
  relay: Relay;
  instances: Instance[];
  nginx: RunningNginx;
  browser: Browser;
  pages: { compare: string; question: string; skills: string[] };
  questionSlugs: string[];
  tmp: string;
  throughput?: { cache: LoadResult[]; disk: LoadResult[]; direct: LoadResult | null; loadAverage: number[] };
  // Shared between checks: user X signs in through nginx in check 3 and is reused in 5.
  x?: { user: User; cookie: string };
}

function npmEnv(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...overrides };
  // Variables that would change what is tested.
  for (const name of ["PORT", "SMTP_URL", "AUTH_SECRET_PREVIOUS", "ALLOW_TEST_CLOCK", "EMBEDDED_DB_PORT"]) {
    delete env[name];
  }
  return env;
}

async function runToLog(
  label: string,
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): Promise<void> {
  const started = Date.now();
  console.log(`${label}… (output in ${logFile})`);
  const child = startProcess(command, commandArgs, { cwd: root, env, logFile });
  const code = await child.exited;
  if (code !== 0) {
    const tail = (await readFile(logFile, "utf8")).split("\n").slice(-30).join("\n");
    throw new Error(`${label} failed (exit ${code}):\n${tail}`);
  }
  console.log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
}

async function main(): Promise<number> {
  const nginxBin = findNginx();
  if (!nginxBin) throw new Error("nginx not found: apt-get install -y nginx-light, or set NGINX_BIN.");
  const wrk = findWrk();
  await assertPortsFree([NGINX_PORT, BASELINE_PORT, ...INSTANCE_PORTS, RELAY_PORT]);

  const tmp = await mkdtemp(path.join(os.tmpdir(), "deploy-check-"));
  const logs = path.join(tmp, "logs");
  await mkdir(logs, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  const cleanups: (() => Promise<unknown>)[] = [];
  let failed = true;
  const onSignal = (signal: NodeJS.Signals) => {
    console.error(`\n${signal}: cleaning up…`);
    void cleanUp().finally(() => process.exit(130));
  };
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const step of cleanups.reverse()) {
        await step().catch((error: unknown) => console.error(`cleanup: ${(error as Error).message}`));
      }
      if (failed) console.log(`Logs kept in ${logs}`);
      else await rm(tmp, { recursive: true, force: true });
    })());
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  try {
    // The database: a scratch one on the local server, or the one named.
    let databaseUrl = process.env.DEPLOY_CHECK_DATABASE_URL;
    let scratch: TestDatabase | null = null;
    if (!databaseUrl) {
      scratch = await createScratchDatabase(
        process.env.DEPLOY_CHECK_SERVER_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
        "deploy_check",
      );
      const dropping = scratch;
      cleanups.push(() => dropping.drop());
      databaseUrl = scratch.url;
      console.log(`Scratch database ${new URL(databaseUrl).pathname.slice(1)}.`);
    }
    const direct = new URL(databaseUrl);
    const relayed = new URL(databaseUrl);
    relayed.hostname = "127.0.0.1";
    relayed.port = String(RELAY_PORT);

    // The build, then migrations and content once (the instances would do it too, under a lock).
    const buildEnv = npmEnv({ DATABASE_URL: databaseUrl, SITE_URL, AUTH_SECRET: secret });
    const hasBuild =
      existsSync(path.join(root, ".next", "BUILD_ID")) &&
      existsSync(path.join(root, ".next", "csp-hashes.json"));
    if (args.has("--build") || (!hasBuild && !args.has("--no-build"))) {
      await runToLog("npm run build", "npm", ["run", "build"], buildEnv, path.join(logs, "build.log"));
    } else if (!hasBuild) {
      throw new Error("--no-build, but there is no build in .next: run `npm run build` first.");
    } else {
      console.log("Reusing the build in .next (--build to rebuild).");
    }
    await runToLog(
      "npm run db:prepare",
      "npm",
      ["run", "db:prepare"],
      buildEnv,
      path.join(logs, "prepare.log"),
    );

    const db = createDbClient({ connectionString: databaseUrl, maxConnections: 4 });
    cleanups.push(async () => {
      if (!scratch) {
        // The users this run made (their sessions, attempts and bookmarks go with them).
        await db.user.deleteMany({ where: { email: { startsWith: `deploy-check-${RUN}-` } } });
      }
      await db.$disconnect();
      // Let the pool close its connections before the scratch database is dropped.
      await sleep(200);
    });

    const relay = await startRelay(RELAY_PORT, { host: direct.hostname, port: Number(direct.port || 5432) });
    cleanups.push(() => relay.close());

    // Two instances, as the README tells production to run them.
    const instances: Instance[] = INSTANCE_PORTS.map((port) => {
      const started = startProcess("npm", ["start", "--", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        env: npmEnv({
          DATABASE_URL: relayed.toString(),
          SITE_URL,
          AUTH_SECRET: secret,
          TRUSTED_PROXY_COUNT: "1",
          NODE_ENV: "production",
          DATABASE_POOL_MAX: "5",
          MAIL_DIR: path.join(tmp, "mail"),
        }),
        logFile: path.join(logs, `instance-${port}.log`),
      });
      cleanups.push(() => started.stop());
      return { port, base: `http://127.0.0.1:${port}`, process: started };
    });
    console.log(`Starting instances on ${INSTANCE_PORTS.join(" and ")}…`);
    for (const instance of instances) {
      await waitFor(
        `instance on ${instance.port} healthy`,
        async () => (await statusOf(`${instance.base}/api/health`)) === 200,
        { timeoutMs: 180_000, alive: instance.process.running },
      );
    }

    // nginx on the rendered config, with the throughput baseline's server block beside it.
    const staticDir = path.join(tmp, "static");
    await mkdir(staticDir, { recursive: true });
    const nginx = await startNginx({
      nginx: nginxBin,
      template: path.join(root, "deploy", "nginx.conf"),
      runDir: path.join(tmp, "nginx"),
      ports: [NGINX_PORT, BASELINE_PORT],
      values: {
        USER: os.userInfo().username,
        LISTEN: `127.0.0.1:${NGINX_PORT}`,
        SERVER_NAME: "localhost",
        APP_DIR: root.replace(/\/$/, ""),
        UPSTREAM_SERVERS: upstreamLines(INSTANCE_PORTS.map((port) => `127.0.0.1:${port}`)),
        EXTRA_SERVERS: [
          "# deploy:check's throughput baseline: the same page as a file on disk, with a gzipped",
          "# copy beside it (gzip_static), as a static site would be served.",
          "server {",
          `    listen 127.0.0.1:${BASELINE_PORT};`,
          `    root ${staticDir};`,
          "    gzip_static on;",
          "    location / { try_files $uri =404; }",
          "}",
        ].join("\n"),
      },
    });
    cleanups.push(() => nginx.stop());
    console.log(`nginx on ${NGINX_PORT} (config: ${nginx.configFile}).`);

    const browser = await launchBrowser();
    cleanups.push(() => browser.close());

    const manifest = Object.keys(
      JSON.parse(await readFile(path.join(root, ".next", "csp-hashes.json"), "utf8")) as Record<
        string,
        unknown
      >,
    ).sort();
    const firstUnder = (prefix: string) => manifest.filter((p) => p.startsWith(prefix));
    const skills = firstUnder("/skills/");
    const questionSlugs = (
      await db.question.findMany({
        where: { retiredAt: null },
        select: { slug: true },
        orderBy: { slug: "asc" },
        take: 40,
      })
    ).map((q) => q.slug);
    expect(skills.length >= 3, "fewer than three prerendered /skills/ pages");
    const world: World = {
      db,
      secret,
      relay,
      instances,
      nginx,
      browser,
      tmp,
      questionSlugs,
      pages: {
        compare: firstUnder("/compare/")[0] ?? "/compare",
        question: firstUnder("/questions/")[0] ?? "/questions",
        skills: [skills[0]!, skills[1]!, skills[2]!],
      },
    };

    await check("1", "a session made on one instance works on the other", () =>
      checkSessionAcrossInstances(world),
    );
    await check("2", "a sign-in limit counted on one instance holds on the other", () =>
      checkSharedLimit(world),
    );
    await check("3a", "personal pages are never served from the cache", () => checkPersonalPages(world));
    await check("3b", "a public page with a session is neither served from nor stored in the cache", () =>
      checkPublicWithSession(world),
    );
    await check("3c", "the cached Content-Security-Policy carries no nonce", () => checkCsp(world));
    await auditCacheControl(world).catch((error: unknown) =>
      record({
        id: "3d",
        name: "audit: Cache-Control of personal and API responses",
        outcome: "FAIL",
        detail: String(error),
      }),
    );
    await check("6", "throughput: cached page vs the same HTML from disk", () => checkThroughput(world, wrk));
    await check("5a", "database down: public pages from the cache, personal pages a 503 page", () =>
      checkDatabaseDown(world),
    );
    await check("4", "an instance killed under load loses no acknowledged write", () =>
      checkKillUnderLoad(world),
    );
    await check("5b", "every instance down: public pages from the cache, the rest a 503 page", () =>
      checkInstancesDown(world),
    );

    printSummary(world);
    failed = rows.some((row) => row.outcome === "FAIL");
    return failed ? 1 : 0;
  } finally {
    await cleanUp();
  }
}

// ── 1 ─────────────────────────────────────────────────────────────────────────────────────────

async function checkSessionAcrossInstances(world: World): Promise<string> {
  const user = await createUser(world.db, "alice");
  const cookie = await signInWithForm(world.browser, A, user);
  const sessions = await world.db.userSession.count({ where: { userId: user.id } });
  expect(sessions === 1, `expected one UserSession row after signing in on ${A}, found ${sessions}`);
  const onB = await request(`${B}/dashboard`, { cookie });
  expect(onB.status === 200, `${B}/dashboard with the cookie from ${A} answered ${onB.status}`);
  expect(onB.body.includes(user.name), `${B}/dashboard did not show ${user.name}`);
  return `signed in with the form on :${INSTANCE_PORTS[0]}; :${INSTANCE_PORTS[1]}/dashboard with that cookie answered 200 with "${user.name}"`;
}

// ── 2 ─────────────────────────────────────────────────────────────────────────────────────────

async function checkSharedLimit(world: World): Promise<string> {
  const user = await createUser(world.db, "bob");
  const contextA = await world.browser.newContext();
  const contextB = await world.browser.newContext();
  try {
    const pageA = await contextA.newPage();
    let failures = 0;
    let waited = 0;
    let lockout: string | null = null;
    // Wrong passwords on A until A answers with the lockout (lib/accounts/throttle-rules.ts: ten
    // failures in a row for one email from one address lock it for 15 minutes; from the fifth, a
    // growing delay, which is waited out here so that every failure counts).
    for (let attempt = 0; attempt < 25 && !lockout; attempt++) {
      await openSignIn(pageA, A);
      await submitSignIn(pageA, user.email, WRONG_PASSWORD);
      const answer = await signInMessage(pageA);
      if (!answer.startsWith("Too many failed attempts")) {
        expect(/do not match an account/.test(answer), `unexpected answer from ${A}: ${answer}`);
        failures++;
        continue;
      }
      const seconds = /Try again in (\d+) seconds?/.exec(answer);
      if (!seconds) {
        lockout = answer;
        break;
      }
      const ms = Number(seconds[1]) * 1000 + 300;
      waited += ms;
      await sleep(ms);
    }
    expect(lockout, `no lockout on ${A} after ${failures} failed sign-ins`);
    log(
      `${failures} failed sign-ins on :${INSTANCE_PORTS[0]} (${(waited / 1000).toFixed(0)} s of delays waited out): "${lockout}"`,
    );

    // The right password on B: refused by the counter A wrote.
    const pageB = await contextB.newPage();
    await openSignIn(pageB, B);
    await submitSignIn(pageB, user.email, PASSWORD);
    const refused = await signInMessage(pageB);
    expect(
      refused.startsWith("Too many failed attempts"),
      `${B} did not refuse the right password after the lockout on ${A}: "${refused}"`,
    );
    const signedIn = (await contextB.cookies()).some((c) => c.name === SESSION_COOKIE);
    expect(!signedIn, `${B} set a session cookie despite the lockout`);
    return `${failures} failures on :${INSTANCE_PORTS[0]} locked the account; the right password on :${INSTANCE_PORTS[1]} got "${refused}"`;
  } finally {
    await contextA.close();
    await contextB.close();
  }
}

// ── 3 ─────────────────────────────────────────────────────────────────────────────────────────

async function userX(world: World): Promise<{ user: User; cookie: string }> {
  if (!world.x) {
    const user = await createUser(world.db, "xavier");
    // Through nginx: the form post must survive the proxy (Origin against X-Forwarded-Host).
    world.x = { user, cookie: await signInWithForm(world.browser, PROXY, user) };
  }
  return world.x;
}

async function checkPersonalPages(world: World): Promise<string> {
  const x = await userX(world);
  const yUser = await createUser(world.db, "yvonne");
  const y = { user: yUser, cookie: await sessionCookie(world.db, world.secret, yUser) };
  const leaks = (got: Got) => got.body.includes(x.user.email) || got.body.includes(x.user.name);
  let requests = 0;
  const statuses = new Map<string, number>();
  for (let round = 0; round < 2; round++) {
    for (const page of PERSONAL_PAGES) {
      const asX = await request(`${PROXY}${page}`, { cookie: x.cookie });
      const asY = await request(`${PROXY}${page}`, { cookie: y.cookie });
      const anonymous = await request(`${PROXY}${page}`);
      requests += 3;
      statuses.set(page, asX.status);
      expect(asX.status === 200, `${page} for X through nginx answered ${asX.status}`);
      expect(
        cacheControlOk(asX.headers.get("cache-control")),
        `${page} for X: Cache-Control is "${asX.headers.get("cache-control")}", not private, no-store`,
      );
      for (const [who, got] of [
        ["X", asX],
        ["Y", asY],
        ["a signed-out client", anonymous],
      ] as const) {
        expect(got.cacheStatus !== "HIT", `${page} for ${who} was a cache HIT`);
      }
      expect(!leaks(asY), `${page} for Y showed X's name or email`);
      expect(!leaks(anonymous), `${page} for a signed-out client showed X's name or email`);
      expect(
        anonymous.status === 307 && (anonymous.headers.get("location") ?? "").startsWith("/sign-in"),
        `${page} signed out answered ${anonymous.status}, not a redirect to sign in`,
      );
      if (page === "/dashboard") {
        expect(asX.body.includes(x.user.name), "/dashboard for X did not show X's name");
        expect(asY.body.includes(y.user.name), "/dashboard for Y did not show Y's name");
      }
    }
  }
  return `${requests} requests to ${PERSONAL_PAGES.join(", ")} as X (signed in with the form through nginx), Y and signed out: no HIT, no leak of X, X's pages "private, no-store"`;
}

async function checkPublicWithSession(world: World): Promise<string> {
  const x = await userX(world);
  // A page nobody asked for yet: requested with a session first, it must not have been stored.
  const fresh = world.pages.skills[1]!;
  const first = await request(`${PROXY}${fresh}`, { cookie: x.cookie });
  expect(first.status === 200, `${fresh} with a session answered ${first.status}`);
  expect(
    first.cacheStatus === "BYPASS",
    `${fresh} with a session: X-Cache-Status ${first.cacheStatus || "(none)"}`,
  );
  const second = await request(`${PROXY}${fresh}`);
  expect(
    second.cacheStatus === "MISS",
    `${fresh} signed out after the session's request: ${second.cacheStatus} (stored?)`,
  );
  const third = await request(`${PROXY}${fresh}`);
  expect(third.cacheStatus === "HIT", `${fresh} signed out, second time: ${third.cacheStatus}, not HIT`);

  // A page in the cache: any session cookie, the hint, or a client-side navigation skips it.
  await warm("/roles");
  const variants: [string, Record<string, string>][] = [
    ["X's session", { cookie: x.cookie }],
    ["__Secure-authjs.session-token", { cookie: "__Secure-authjs.session-token=x" }],
    [
      "a chunked session (.0, .1)",
      { cookie: "theme=dark; authjs.session-token.0=a; authjs.session-token.1=b" },
    ],
    ["the signed_in hint", { cookie: "signed_in=1" }],
    ["RSC: 1 (client navigation)", { rsc: "1" }],
  ];
  for (const [label, headers] of variants) {
    const got = await request(`${PROXY}/roles`, { headers });
    expect(
      got.cacheStatus === "BYPASS",
      `/roles with ${label}: X-Cache-Status ${got.cacheStatus || "(none)"}, not BYPASS`,
    );
  }
  const after = await request(`${PROXY}/roles`);
  expect(after.cacheStatus === "HIT", `/roles signed out after the bypasses: ${after.cacheStatus}`);
  return `${fresh}: BYPASS with a session, then MISS, then HIT signed out; /roles (cached): BYPASS for ${variants.map(([l]) => l).join(", ")}`;
}

/** A sample of the cached public pages: each kind once (checks 3c, 5a and 5b). */
function publicPages(world: World): string[] {
  return [
    "/",
    "/roles",
    MEASURED_PAGE,
    world.pages.compare,
    world.pages.question,
    world.pages.skills[0]!,
    "/methodology",
  ];
}

async function checkCsp(world: World): Promise<string> {
  const samples = publicPages(world);
  for (const page of samples) {
    const one = await request(`${A}${page}`);
    const two = await request(`${B}${page}`);
    const csp = one.headers.get("content-security-policy");
    expect(csp, `${page} has no Content-Security-Policy`);
    expect(!hasNonce(csp), `${page} (prerendered) has a nonce in its CSP: ${csp}`);
    expect(csp === two.headers.get("content-security-policy"), `${page}: the CSP differs between instances`);
    const cached = await warm(page);
    expect(
      cached.headers.get("content-security-policy") === csp,
      `${page}: the cached copy's CSP differs from the instance's`,
    );
  }
  // The search is rendered on demand and kept by each instance (scripts/lib/rendered-pages.ts),
  // with hashes for its scripts instead of a nonce; nginx does not cache it.
  const search = await request(`${PROXY}/questions?q=deploy-check`);
  const searchCsp = search.headers.get("content-security-policy");
  expect(
    searchCsp?.includes("'sha256-") && !hasNonce(searchCsp),
    `/questions?q= has no hash-only CSP: ${searchCsp}`,
  );
  expect(search.cacheStatus === "", `/questions?q= went through the cache (${search.cacheStatus})`);
  return `${samples.length} prerendered pages: the same hash-only CSP from both instances and from the cache (HIT); the search (kept by each instance) has a hash-only CSP too and is not cached by nginx`;
}

/**
 * Not a pass/fail check: which personal and API responses come without "Cache-Control: private,
 * no-store" today, straight from an instance (nginx adds it only when there is no Cache-Control).
 */
async function auditCacheControl(world: World): Promise<void> {
  const x = await userX(world);
  const slug = world.questionSlugs[0]!;
  const probes: [string, string, { cookie?: string; method?: string; json?: unknown }][] = [
    ...PERSONAL_PAGES.map(
      (p) => [`GET ${p}`, p, { cookie: x.cookie }] as [string, string, { cookie: string }],
    ),
    ["GET /onboarding", "/onboarding", { cookie: x.cookie }],
    ["GET /dashboard (signed out: redirect)", "/dashboard", {}],
    ["GET /sign-in", "/sign-in", {}],
    ["GET /sign-up", "/sign-up", {}],
    ["GET /api/plan", "/api/plan", { cookie: x.cookie }],
    ["GET /api/plan (signed out)", "/api/plan", {}],
    [`GET /api/questions/${slug}/progress`, `/api/questions/${slug}/progress`, { cookie: x.cookie }],
    [
      `PUT /api/questions/${slug}/bookmark`,
      `/api/questions/${slug}/bookmark`,
      { cookie: x.cookie, method: "PUT", json: { bookmarked: false } },
    ],
    ["POST /api/attempts (invalid body)", "/api/attempts", { cookie: x.cookie, method: "POST", json: {} }],
    ["GET /api/account/export", "/api/account/export", { cookie: x.cookie }],
    ["GET /api/auth/session", "/api/auth/session", { cookie: x.cookie }],
    ["GET /api/health", "/api/health", {}],
    ["GET /api/no-such-route", "/api/no-such-route", {}],
  ];
  const lacking: string[] = [];
  for (const [label, pathname, options] of probes) {
    const got = await request(`${A}${pathname}`, options);
    const value = got.headers.get("cache-control");
    if (!cacheControlOk(value)) lacking.push(`${label} → ${got.status}, Cache-Control: ${value ?? "(none)"}`);
  }
  const row: Row = {
    id: "3d",
    name: "personal and API responses carry Cache-Control: private, no-store",
    outcome: lacking.length === 0 ? "PASS" : "FAIL",
    detail:
      lacking.length === 0
        ? `all ${probes.length} responses carry it`
        : `${lacking.length} of ${probes.length} responses lack it:\n      ${lacking.join("\n      ")}`,
  };
  console.log(`\n── ${row.id} ${row.name}`);
  record(row);
}

// ── 6 ─────────────────────────────────────────────────────────────────────────────────────────

async function checkThroughput(world: World, wrk: string | null): Promise<string> {
  expect(wrk, WRK_MISSING);
  const cached = await warm(MEASURED_PAGE);
  // The same bytes the cache holds (fetch decodes the gzip nginx sent).
  const file = `${MEASURED_PAGE.replace(/\//g, "_")}.html`;
  await writeFile(path.join(world.tmp, "static", file), cached.body);
  await writeFile(path.join(world.tmp, "static", `${file}.gz`), gzipSync(cached.body, { level: 6 }));
  const diskUrl = `http://127.0.0.1:${BASELINE_PORT}/${file}`;
  const cacheUrl = `${PROXY}${MEASURED_PAGE}`;
  for (const url of [diskUrl, cacheUrl]) {
    const got = await request(url, { headers: { "accept-encoding": "gzip" } });
    expect(got.status === 200, `${url} answered ${got.status}`);
    expect(got.headers.get("content-encoding") === "gzip", `${url} was not gzipped`);
  }
  // The cache holds the page gzipped; a client that cannot take gzip gets it unpacked (gunzip).
  const plain = await request(cacheUrl, { headers: { "accept-encoding": "identity" } });
  expect(
    plain.status === 200 && !plain.headers.get("content-encoding") && plain.body === cached.body,
    `${MEASURED_PAGE} without Accept-Encoding: ${plain.status}, ${plain.headers.get("content-encoding")}, not the page`,
  );
  const options = { ...LOAD, headers: { "Accept-Encoding": "gzip" } };
  log(
    `load average before the runs: ${os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(", ")} (${os.cpus().length} CPUs)`,
  );
  const warmup = { ...options, seconds: 2 };
  await runWrk(wrk, cacheUrl, warmup);
  await runWrk(wrk, diskUrl, warmup);
  const results = { cache: [] as LoadResult[], disk: [] as LoadResult[] };
  // Two rounds, alternating, so a noisy moment does not land on one side only.
  for (let round = 0; round < 2; round++) {
    results.cache.push(await runWrk(wrk, cacheUrl, options));
    results.disk.push(await runWrk(wrk, diskUrl, options));
  }
  const direct = await runWrk(wrk, `${A}${MEASURED_PAGE}`, {
    ...options,
    headers: { "Accept-Encoding": "gzip" },
  });
  world.throughput = { ...results, direct, loadAverage: os.loadavg() };
  const mean = (list: LoadResult[]) => list.reduce((sum, r) => sum + r.requestsPerSecond, 0) / list.length;
  const ratio = mean(results.cache) / mean(results.disk);
  const errors = [...results.cache, ...results.disk].reduce((sum, r) => sum + r.non2xx + r.socketErrors, 0);
  const after = await request(cacheUrl);
  expect(
    ["HIT", "UPDATING", "STALE"].includes(after.cacheStatus),
    `after the runs ${MEASURED_PAGE} was ${after.cacheStatus}`,
  );
  expect(errors === 0, `${errors} non-2xx answers or socket errors during the runs`);
  expect(ratio >= 0.5, `the cached page served ${ratio.toFixed(2)}× the static file's rate (target ≥ 0.5×)`);
  return `${MEASURED_PAGE} (${(cached.body.length / 1024).toFixed(0)} KB, gzip): cache ${mean(results.cache).toFixed(0)} req/s, disk ${mean(results.disk).toFixed(0)} req/s, ratio ${ratio.toFixed(2)}× (target ≥ 0.5×); one instance without nginx: ${direct.requestsPerSecond.toFixed(0)} req/s`;
}

// ── 5a ────────────────────────────────────────────────────────────────────────────────────────

/** Checks a 503 page; returns whose it was: the app's (app/(marketing)/unavailable) or nginx's. */
function expectUnavailablePage(got: Got, what: string): "app" | "nginx" {
  expect(got.status === 503, `${what} answered ${got.status}, not 503`);
  expect(got.headers.get("retry-after"), `${what}: 503 without Retry-After`);
  expect(/unavailable/i.test(got.body), `${what}: the 503 does not say the page is unavailable`);
  expect(!STACK_TRACE.test(got.body), `${what}: the 503 shows a stack trace or internals`);
  return got.body.includes("/_next/static/") ? "app" : "nginx";
}

async function checkDatabaseDown(world: World): Promise<string> {
  const x = await userX(world);
  const pages = publicPages(world);
  for (const page of pages) await warm(page);
  await world.relay.cut();
  try {
    for (const instance of world.instances) {
      await waitFor(
        `${instance.base} to report the database down`,
        async () => (await statusOf(`${instance.base}/api/health`)) === 503,
        {
          timeoutMs: 20_000,
        },
      );
    }
    const served: string[] = [];
    for (const page of pages) {
      const got = await request(`${PROXY}${page}`);
      expect(got.status === 200, `${page} with the database down answered ${got.status}`);
      expect(
        ["HIT", "STALE", "UPDATING"].includes(got.cacheStatus),
        `${page} not from the cache: ${got.cacheStatus || "(none)"}`,
      );
      served.push(got.cacheStatus);
    }
    const byInstance = await request(`${A}/dashboard`, { cookie: x.cookie });
    expectUnavailablePage(byInstance, `${A}/dashboard (instance, signed in)`);
    const whose: string[] = [];
    for (const page of ["/dashboard", "/plan", "/practice"]) {
      const got = await request(`${PROXY}${page}`, { cookie: x.cookie });
      whose.push(`${page}: ${expectUnavailablePage(got, `${page} through nginx, signed in`)}'s`);
    }
    const api = await request(`${PROXY}/api/plan`, { cookie: x.cookie });
    expect(api.status === 503, `/api/plan signed in answered ${api.status}`);
    expect(
      /"error"/.test(api.body) && !STACK_TRACE.test(api.body),
      `/api/plan's 503 is not a plain JSON error: ${api.body}`,
    );
    return `${pages.length} public pages 200 from the cache (${[...new Set(served)].join("/")}); 503 "unavailable" page with Retry-After, no stack trace (${whose.join(", ")}); the instance's own /dashboard 503 too; /api/plan 503 JSON`;
  } finally {
    await world.relay.restore();
    for (const instance of world.instances) {
      await waitFor(
        `${instance.base} healthy again`,
        async () => (await statusOf(`${instance.base}/api/health`)) === 200,
        {
          timeoutMs: 30_000,
        },
      );
    }
    // nginx may have taken both instances out for fail_timeout (5 s) after their 503s.
    await waitFor("nginx routing again", async () => (await statusOf(`${PROXY}/api/health`)) === 200, {
      timeoutMs: 20_000,
    });
  }
}

// ── 4 ─────────────────────────────────────────────────────────────────────────────────────────

async function checkKillUnderLoad(world: World): Promise<string> {
  const users = await Promise.all(["una", "ugo", "ulla", "uwe"].map((label) => createUser(world.db, label)));
  const cookies = await Promise.all(users.map((user) => sessionCookie(world.db, world.secret, user)));
  const CONCURRENCY = 8;
  const DURATION_MS = 12_000;
  const KILL_AT_MS = 4_000;
  const started = Date.now();
  let killedAt = 0;
  const acknowledged = {
    attempts: [] as { userId: string; key: string }[],
    bookmarks: [] as { userId: string; slug: string }[],
  };
  const failures: { at: number; what: string }[] = [];
  let unanswered = 0;
  let requests = 0;
  let afterKill = 0;

  const send = async (url: string, method: string, cookie: string, body: unknown): Promise<boolean> => {
    // A client that got no 2xx tries again with the same body (the same idempotency key), as the
    // app's own pages do.
    for (let attempt = 0; attempt < 5; attempt++) {
      requests++;
      let status = 0;
      try {
        status = (await request(url, { method, cookie, json: body })).status;
      } catch {
        status = 0;
      }
      if (status >= 200 && status < 300) {
        if (killedAt && Date.now() > killedAt) afterKill++;
        return true;
      }
      failures.push({
        at: Date.now(),
        what: `${method} ${new URL(url).pathname} → ${status || "no answer"}`,
      });
      if (status !== 0 && status < 500) return false;
      await sleep(250);
    }
    unanswered++;
    return false;
  };

  const worker = async (n: number) => {
    const userIndex = n % users.length;
    const user = users[userIndex]!;
    const cookie = cookies[userIndex]!;
    for (let i = 0; Date.now() - started < DURATION_MS; i++) {
      const slug = world.questionSlugs[(n * 7 + i) % world.questionSlugs.length]!;
      if (i % 4 === 3) {
        if (await send(`${PROXY}/api/questions/${slug}/bookmark`, "PUT", cookie, { bookmarked: true })) {
          acknowledged.bookmarks.push({ userId: user.id, slug });
        }
      } else {
        const key = `deploycheck-${randomUUID()}`;
        const body = {
          questionSlug: slug,
          grade: "GOOD",
          timeSpentSeconds: 30,
          idempotencyKey: key,
          timeZone: "UTC",
        };
        if (await send(`${PROXY}/api/attempts`, "POST", cookie, body))
          acknowledged.attempts.push({ userId: user.id, key });
      }
    }
  };
  const killer = (async () => {
    await sleep(KILL_AT_MS);
    killedAt = Date.now();
    world.instances[0]!.process.signal("SIGKILL");
    log(
      `SIGKILL to the instance on :${world.instances[0]!.port} at ${((killedAt - started) / 1000).toFixed(1)} s`,
    );
  })();
  await Promise.all([killer, ...Array.from({ length: CONCURRENCY }, (_, n) => worker(n))]);
  await world.instances[0]!.process.exited;

  // Every acknowledged write is in the database.
  const keys = acknowledged.attempts.map((a) => a.key);
  const stored = new Set(
    (
      await world.db.attempt.findMany({
        where: { idempotencyKey: { in: keys } },
        select: { idempotencyKey: true, userId: true },
      })
    ).map((a) => `${a.userId}:${a.idempotencyKey}`),
  );
  const lostAttempts = acknowledged.attempts.filter((a) => !stored.has(`${a.userId}:${a.key}`));
  const bookmarks = new Set(
    (
      await world.db.bookmark.findMany({
        where: { userId: { in: users.map((u) => u.id) } },
        select: { userId: true, question: { select: { slug: true } } },
      })
    ).map((b) => `${b.userId}:${b.question.slug}`),
  );
  const lostBookmarks = acknowledged.bookmarks.filter((b) => !bookmarks.has(`${b.userId}:${b.slug}`));
  const late = failures.filter((f) => f.at > killedAt + 1_000);
  log(
    `${requests} requests, ${acknowledged.attempts.length} attempts and ${acknowledged.bookmarks.length} bookmarks acknowledged, ${failures.length} answers without 2xx (retried), ${afterKill} acknowledged after the kill`,
  );
  for (const failure of failures.slice(0, 8))
    log(`  at ${((failure.at - started) / 1000).toFixed(2)} s: ${failure.what}`);
  expect(lostAttempts.length === 0, `${lostAttempts.length} acknowledged attempts are not in the database`);
  expect(
    lostBookmarks.length === 0,
    `${lostBookmarks.length} acknowledged bookmarks are not in the database`,
  );
  expect(unanswered === 0, `${unanswered} writes got no 2xx after 5 tries`);
  expect(afterKill > 0, "nothing was acknowledged after the kill");
  expect(
    late.length === 0,
    `${late.length} requests failed more than 1 s after the kill (nginx did not route around it)`,
  );
  return `${acknowledged.attempts.length + acknowledged.bookmarks.length} writes acknowledged (${afterKill} after the kill), all in the database; ${failures.length} in-flight request(s) failed at the kill and succeeded on retry; none failed later`;
}

// ── 5b ────────────────────────────────────────────────────────────────────────────────────────

async function checkInstancesDown(world: World): Promise<string> {
  const x = await userX(world);
  for (const instance of world.instances) await instance.process.stop();
  const served: string[] = [];
  const assets = new Set<string>();
  for (const page of publicPages(world)) {
    const got = await request(`${PROXY}${page}`);
    for (const match of got.body.matchAll(/\/_next\/static\/[\w./-]+\.(?:js|css)/g)) assets.add(match[0]);
    expect(got.status === 200, `${page} with no instance answered ${got.status}`);
    expect(
      ["HIT", "STALE", "UPDATING"].includes(got.cacheStatus),
      `${page} not from the cache: ${got.cacheStatus || "(none)"}`,
    );
    served.push(got.cacheStatus);
  }
  // The build's assets come from disk: no instance is needed for them.
  expect(assets.size > 0, "the cached pages name no /_next/static/ assets");
  for (const asset of assets) {
    const got = await request(`${PROXY}${asset}`, { headers: { "accept-encoding": "gzip" } });
    expect(got.status === 200, `${asset} with no instance answered ${got.status}`);
    expect(
      got.headers.get("cache-control") === "public, max-age=31536000, immutable",
      `${asset}: Cache-Control ${got.headers.get("cache-control")}`,
    );
    // gzip_min_length is 1 KB.
    expect(
      got.body.length < 2048 || got.headers.get("content-encoding") === "gzip",
      `${asset} was not gzipped`,
    );
  }
  const uncached = world.pages.skills[2]!;
  expectUnavailablePage(await request(`${PROXY}${uncached}`), `${uncached} (never cached), no instance`);
  expectUnavailablePage(await request(`${PROXY}/dashboard`, { cookie: x.cookie }), "/dashboard, no instance");
  const api = await request(`${PROXY}/api/plan`, { cookie: x.cookie });
  expect(
    api.status === 503 && /"error"/.test(api.body),
    `/api/plan with no instance answered ${api.status}: ${api.body}`,
  );
  return `${served.length} public pages 200 from the cache (${[...new Set(served)].join("/")}); their ${assets.size} /_next/static/ assets 200 from disk, immutable, gzipped; an uncached page and /dashboard: nginx's 503 page; /api/plan: 503 JSON`;
}

// ── summary ───────────────────────────────────────────────────────────────────────────────────

function printSummary(world: World) {
  const order = ["1", "2", "3a", "3b", "3c", "3d", "4", "5a", "5b", "6"];
  const sorted = [...rows].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const width = Math.max(...sorted.map((r) => r.name.length));
  console.log("\nSummary");
  console.log(`  ${"#".padEnd(3)} ${"check".padEnd(width)}  result`);
  for (const row of sorted) console.log(`  ${row.id.padEnd(3)} ${row.name.padEnd(width)}  ${row.outcome}`);
  const t = world.throughput;
  if (t) {
    console.log(
      `\nThroughput (wrk -t${LOAD.threads} -c${LOAD.connections} -d${LOAD.seconds}s, Accept-Encoding: gzip, ${MEASURED_PAGE}, 2 rounds):`,
    );
    const line = (label: string, r: LoadResult) =>
      console.log(
        `  ${label.padEnd(28)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50Ms.toFixed(2)} ms   p99 ${r.p99Ms.toFixed(2)} ms   ${r.transferPerSecond}/s`,
      );
    t.cache.forEach((r, i) => line(`nginx cache, round ${i + 1}`, r));
    t.disk.forEach((r, i) => line(`nginx static file, round ${i + 1}`, r));
    if (t.direct) line("one instance, no nginx", t.direct);
    console.log(
      `  (load average after the runs: ${t.loadAverage.map((n) => n.toFixed(2)).join(", ")} on ${os.cpus().length} CPUs)`,
    );
  }
  const failedRows = rows.filter((r) => r.outcome === "FAIL").length;
  console.log(`\n${failedRows === 0 ? "All checks passed." : `${failedRows} check(s) failed.`}`);
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`deploy:check could not run: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
}
