import { spawn, type ChildProcess } from "node:child_process";
import { rm } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { ContentError, loadContent } from "@/lib/content/load";
import { formatReport, syncContent } from "@/lib/content/sync";
import { createDbClient } from "@/lib/db-client";
import { EnvError, parseEnv, type Env } from "@/lib/env-schema";
import { CSP_MANIFEST } from "@/lib/security/page-policies";

import { DATABASE_SETUP_LOCK, describeHolder, LockWaitAborted, withAdvisoryLock } from "./lib/advisory-lock";
import { resolveAuthSecret } from "./lib/auth-secret";
import { checkDatabaseUrl } from "./lib/check-database-url";
import { writeCspManifest } from "./lib/csp-manifest";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db";
import { FatalError } from "./lib/fatal-error";
import { copyRuntimes } from "./lib/vendor-runtimes";

// The entry point behind `npm run dev|build|start` and the db:* scripts. With DATABASE_URL unset it
// starts the embedded database; either way it applies pending migrations and loads content/, then
// runs Next.js, and on Ctrl-C or SIGTERM stops Next.js first and the database last. `prepare` does
// what `start` does before it serves (migrations, then content) and exits.

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const DEFAULT_EMBEDDED_PORT = 54329;

const COMMANDS = ["dev", "build", "start", "prepare", "migrate", "seed", "reset", "prisma"] as const;
type Command = (typeof COMMANDS)[number];

const log = (line: string) => console.log(`[app] ${line}`);

let stopping = false;
let nextProcess: ChildProcess | null = null;
/** Aborted on the first signal: ends a wait for another instance (see prepareDatabase). */
const stopRequested = new AbortController();

function onSignal(signal: NodeJS.Signals) {
  if (!stopping) log(`${signal} received: stopping${nextProcess ? "" : " after the current step"}…`);
  stopping = true;
  stopRequested.abort();
  // From a terminal the whole process group gets the signal; from `kill <pid>` only we do.
  nextProcess?.kill(signal);
}
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

function run(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  options: { detached: boolean },
): Promise<number> {
  return new Promise((resolve, reject) => {
    // A detached child has its own process group, so Ctrl-C at the terminal cannot interrupt it
    // halfway (a migration must land whole); we finish it, then stop.
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit", detached: options.detached });
    if (!options.detached) nextProcess = child;
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (!options.detached) nextProcess = null;
      // A child ended by a signal exits the way a shell reports it: 128 + the signal number.
      resolve(code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  });
}

async function migrate(env: NodeJS.ProcessEnv): Promise<void> {
  const started = Date.now();
  const code = await run(bin("prisma"), ["migrate", "deploy"], env, { detached: true });
  if (code !== 0) throw new FatalError("Applying database migrations failed (see above).");
  log(`Migrations up to date (${Date.now() - started} ms).`);
}

async function seed(databaseUrl: string): Promise<void> {
  const started = Date.now();
  let bundle;
  try {
    bundle = await loadContent(path.join(root, "content"));
  } catch (error) {
    if (error instanceof ContentError) throw new FatalError(`${error.message}\nNothing was written.`);
    throw error;
  }
  const db = createDbClient({ connectionString: databaseUrl, maxConnections: 1 });
  try {
    const report = await syncContent(db, bundle);
    log(`Content loaded (${Date.now() - started} ms):\n${formatReport(report)}`);
  } finally {
    await db.$disconnect();
  }
}

/**
 * Applies pending migrations and loads content/ (each as `command` asks). Against a PostgreSQL
 * server several instances may start at once (issue 18, item 4), so the steps run under one
 * advisory lock (scripts/lib/advisory-lock.ts): one instance migrates and loads, the others wait,
 * then find no pending migration and no content change, and come up. Migrations are inside the lock
 * although `prisma migrate deploy` takes its own advisory lock (72707369, through our WebAssembly
 * schema engine too): that one gives up after 10 s ("Timed out trying to acquire a postgres
 * advisory lock"), which a long migration or content load in another instance would exceed.
 *
 * The embedded database takes no lock: its data folder admits one process (embedded-db.ts), so no
 * second instance exists, and PGlite serves every connection from one session, in which an
 * advisory lock is granted to every asker and would exclude nothing.
 */
async function prepareDatabase(
  command: Command,
  childEnv: NodeJS.ProcessEnv,
  databaseUrl: string,
  shared: boolean,
): Promise<void> {
  const steps = async () => {
    if (!stopping && command !== "seed") await migrate(childEnv);
    if (!stopping && command !== "migrate") await seed(databaseUrl);
  };
  if (!shared) return steps();
  try {
    await withAdvisoryLock(
      {
        connectionString: databaseUrl,
        key: DATABASE_SETUP_LOCK.key,
        signal: stopRequested.signal,
        onWait: (holder) =>
          log(
            `Waiting for another instance to finish migrating the database and loading content… (lock held by ${describeHolder(holder)})`,
          ),
        onLost: (error) =>
          log(
            `Lost the database connection holding the setup lock (${error.message}); another instance may start its setup too.`,
          ),
      },
      steps,
    );
  } catch (error) {
    // A signal ended the wait: nothing was done, and main() stops as after any interrupted step.
    if (!(error instanceof LockWaitAborted)) throw error;
  }
}

async function openDatabase(
  env: Env,
): Promise<{ url: string; poolMax: number; embedded: EmbeddedDatabase | null }> {
  if (env.DATABASE_URL) {
    await checkDatabaseUrl(env.DATABASE_URL);
    log(`Using the PostgreSQL server named by DATABASE_URL (${new URL(env.DATABASE_URL).host}).`);
    return { url: env.DATABASE_URL, poolMax: env.DATABASE_POOL_MAX, embedded: null };
  }
  const embedded = await startEmbeddedDatabase({
    dataDir: path.resolve(root, env.EMBEDDED_DB_DIR),
    preferredPort: env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT,
    portIsRequired: env.EMBEDDED_DB_PORT !== undefined,
    log,
  });
  // PGlite runs one query at a time, so more than one connection per process buys nothing.
  return { url: embedded.url, poolMax: 1, embedded };
}

async function resetEmbedded(env: Env): Promise<void> {
  const dataDir = path.resolve(root, env.EMBEDDED_DB_DIR);
  // Starting it first takes the lock, so a running app's data is never deleted underneath it.
  const probe = await startEmbeddedDatabase({ dataDir, preferredPort: 0, portIsRequired: false }).catch(
    (error: unknown) => {
      if (error instanceof FatalError && /in use by another process/.test(error.message)) throw error;
      return null;
    },
  );
  await probe?.stop();
  await rm(dataDir, { recursive: true, force: true });
  log(`Deleted the embedded database in ${path.relative(root, dataDir)}.`);
}

async function main(command: Command, extraArgs: string[]): Promise<number> {
  const env = parseEnv(process.env);
  if (command === "reset" && !env.DATABASE_URL) await resetEmbedded(env);

  if (env.ALLOW_TEST_CLOCK === "1" && command === "start" && env.DATABASE_URL) {
    throw new FatalError(
      "ALLOW_TEST_CLOCK is for end-to-end tests on the embedded database; unset it in production.",
    );
  }
  // Production is `start` against a real database; checked before anything starts.
  const authSecret = await resolveAuthSecret({
    configured: env.AUTH_SECRET,
    production: command === "start" && Boolean(env.DATABASE_URL),
    dataRoot: path.dirname(path.resolve(root, env.EMBEDDED_DB_DIR)),
  });
  const database = await openDatabase(env);
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    AUTH_SECRET: authSecret,
    DATABASE_URL: database.url,
    DATABASE_POOL_MAX: String(database.poolMax),
    NEXT_TELEMETRY_DISABLED: "1",
    // `next start` sets this itself; our server (scripts/serve.ts) runs Next.js the same way.
    ...(command === "start" ? { NODE_ENV: "production" } : {}),
  };
  try {
    if (command === "reset" && env.DATABASE_URL) {
      const code = await run(bin("prisma"), ["migrate", "reset", "--force"], childEnv, { detached: true });
      if (code !== 0) throw new FatalError("Resetting the database failed (see above).");
    }
    if (command === "prisma") return await run(bin("prisma"), extraArgs, childEnv, { detached: false });
    await prepareDatabase(command, childEnv, database.url, database.embedded === null);
    if (stopping || !["dev", "build", "start"].includes(command)) return 0;
    await copyRuntimes(root, log);
    // A failed build must not leave the previous build's hashes behind.
    if (command === "build") await rm(path.join(root, ".next", CSP_MANIFEST), { force: true });
    // `start` runs our own small server around Next.js (scripts/serve.ts: real client addresses).
    const code =
      command === "start"
        ? await run(
            process.execPath,
            ["--import", "tsx", path.join(root, "scripts", "serve.ts"), ...extraArgs],
            childEnv,
            {
              detached: false,
            },
          )
        : await run(bin("next"), [command, ...extraArgs], childEnv, { detached: false });
    if (command === "build" && code === 0) {
      const pages = await writeCspManifest(path.join(root, ".next"));
      log(`Hashed the inline scripts of ${pages} prerendered pages for their Content-Security-Policy.`);
    }
    return code;
  } finally {
    await database.embedded?.stop();
    if (database.embedded) log("Embedded database stopped.");
  }
}

const [command, ...extraArgs] = process.argv.slice(2);
if (!COMMANDS.includes(command as Command)) {
  console.error(`Usage: run-app <${COMMANDS.join("|")}> [arguments for next or prisma]`);
  process.exit(2);
}
try {
  process.exitCode = await main(command as Command, extraArgs);
} catch (error) {
  if (error instanceof FatalError || error instanceof EnvError) {
    console.error(`[app] ${error.message}`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
