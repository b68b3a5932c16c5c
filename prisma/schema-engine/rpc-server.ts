// Server mode: newline-delimited JSON-RPC 2.0 over stdin/stdout, each request answered by the
// method of the same name on the WebAssembly SchemaEngine (notes file, protocol points 3 and 4).
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { bindMigrationAwareSqlAdapterFactory, type ErrorRegistry } from "@prisma/driver-adapter-utils";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import type * as Wasm from "@prisma/schema-engine-wasm";
import { BridgePgFactory } from "./adapter-factory";
import type { EngineArgs } from "./args";
import { parseConnectionUrl, type ConnectionTarget } from "./connection";
import { describeConnectionError, describeEngineError, messageOf, type Failure } from "./errors";
import { forwardEngineLog } from "./log";
import { createDatabase, runOneShot } from "./one-shot";

type RequestId = number | string | null;

interface Request {
  readonly id: RequestId;
  readonly method: string;
  readonly params: unknown;
}

/** What each method needs: the engine, or only the connection settings. */
interface Context {
  readonly engine: () => Promise<SchemaEngine>;
  readonly mainUrl: string | undefined;
}

type Handler = (context: Context, params: unknown) => Promise<unknown>;

/** Runs `use` on the engine. Each call is written out so the method stays bound to its instance. */
function onEngine<P>(use: (engine: SchemaEngine, params: P) => Promise<unknown>): Handler {
  return async (context, params) => use(await context.engine(), params as P);
}

/** How the WebAssembly engine fails when it would need a shadow database without our factory. */
const NO_SHADOW_FACTORY = "shadow DB must be provided through an external factory";

/**
 * For evaluateDataLoss and createMigration, which need the schema that the migrations produce.
 * The WebAssembly engine hands them no adapter factory: they find that schema in a cache that
 * devDiagnostic and diagnoseMigrationHistory fill (through the factory's shadow database), keyed
 * by the list of migrations, and on a miss fail with "PostgreSQL shadow DB must be provided
 * through an external factory". `migrate dev` misses whenever the database was behind the
 * migrations directory when devDiagnostic ran (a database the command has just created, or any
 * database with pending migrations): devDiagnostic cached the schema of the migrations applied
 * then, and applyMigrations has applied the rest since. diagnoseMigrationHistory on the same list,
 * all of it applied by now, caches that schema through the factory; then the request is retried.
 */
function withMigrationsSchema<P extends { migrationsList: Wasm.MigrationList; filters: Wasm.SchemaFilter }>(
  call: (engine: SchemaEngine, params: P) => Promise<unknown>,
): Handler {
  return onEngine<P>(async (engine, params) => {
    try {
      return await call(engine, params);
    } catch (error) {
      if (!messageOf(error).includes(NO_SHADOW_FACTORY)) throw error;
    }
    await engine.diagnoseMigrationHistory({
      migrationsList: params.migrationsList,
      optInToShadowDatabase: true,
      filters: params.filters,
    });
    return call(engine, params);
  });
}

const HANDLERS: Readonly<Record<string, Handler>> = {
  applyMigrations: onEngine<Wasm.ApplyMigrationsInput>((e, p) => e.applyMigrations(p)),
  createMigration: withMigrationsSchema<Wasm.CreateMigrationInput>((e, p) => e.createMigration(p)),
  dbExecute: onEngine<Wasm.DbExecuteParams>((e, p) => e.dbExecute(p)),
  debugPanic: onEngine<undefined>((e) => Promise.resolve(e.debugPanic())),
  devDiagnostic: onEngine<Wasm.DevDiagnosticInput>((e, p) => e.devDiagnostic(p)),
  diagnoseMigrationHistory: onEngine<Wasm.DiagnoseMigrationHistoryInput>((e, p) =>
    e.diagnoseMigrationHistory(p),
  ),
  diff: onEngine<Wasm.DiffParams>(diff),
  ensureConnectionValidity: onEngine<Wasm.EnsureConnectionValidityParams>((e, p) =>
    e.ensureConnectionValidity(p),
  ),
  evaluateDataLoss: withMigrationsSchema<Wasm.EvaluateDataLossInput>((e, p) => e.evaluateDataLoss(p)),
  // The CLI's name for the engine's `version` (it asks when writing error reports).
  getDatabaseVersion: onEngine<Wasm.GetDatabaseVersionInput | undefined>((e, p) => e.version(p)),
  introspect: onEngine<Wasm.IntrospectParams>((e, p) => e.introspect(p)),
  introspectSql: onEngine<Wasm.IntrospectSqlParams>((e, p) => e.introspectSql(p)),
  markMigrationApplied: onEngine<Wasm.MarkMigrationAppliedInput>((e, p) => e.markMigrationApplied(p)),
  markMigrationRolledBack: onEngine<Wasm.MarkMigrationRolledBackInput>((e, p) =>
    e.markMigrationRolledBack(p),
  ),
  reset: onEngine<Wasm.ResetInput>((e, p) => e.reset(p)),
  schemaPush: onEngine<Wasm.SchemaPushInput>((e, p) => e.schemaPush(p)),
  // Not in the WebAssembly engine; and the database may not exist yet, so no engine is needed.
  createDatabase: async (context, params) => {
    const target = parseConnectionUrl(urlOf(params as Wasm.CreateDatabaseParams, context.mainUrl));
    return { databaseName: await createDatabase(target) };
  },
};

/**
 * The WebAssembly engine returns the diff text instead of printing it; the native engine asks
 * the CLI to print it with a `print` request, which is what the CLI's `migrate diff` (and its
 * `--output` capture) expects. The request must precede our response, and the CLI adds a newline.
 */
async function diff(engine: SchemaEngine, params: Wasm.DiffParams): Promise<unknown> {
  const result = await engine.diff(params);
  if (result.stdout) {
    send({
      jsonrpc: "2.0",
      id: `print-${Date.now()}`,
      method: "print",
      params: { content: result.stdout.replace(/\n$/, "") },
    });
  }
  return result;
}

function urlOf(params: Wasm.CreateDatabaseParams | undefined, mainUrl: string | undefined): string {
  const datasource = params?.datasource;
  if (datasource?.tag === "ConnectionString") return datasource.url;
  if (mainUrl === undefined) throw new Error("No datasource URL to create a database from.");
  return mainUrl;
}

export async function serve(args: EngineArgs): Promise<void> {
  const { url: mainUrl, shadowDatabaseUrl } = args.datasource;
  const target = safeTarget(mainUrl);
  const factory = new BridgePgFactory(mainUrl, shadowDatabaseUrl);
  const boundFactory = bindMigrationAwareSqlAdapterFactory(factory);

  const datamodels = await readDatamodels(args.datamodelPaths);
  const enginePromise = startEngine(datamodels, boundFactory, mainUrl, target);
  enginePromise.catch(() => {}); // reported to each request instead
  let panicked: Failure | undefined;

  const context: Context = { engine: () => enginePromise, mainUrl };
  const handle = async (request: Request): Promise<void> => {
    if (panicked) return sendError(request.id, panicked);
    const handler = HANDLERS[request.method];
    if (!handler) return sendError(request.id, { message: `Unknown method \`${request.method}\`` }, -32601);
    try {
      const result = await settleOrAbandon(handler(context, request.params));
      // JSON has no `undefined`; the CLI insists on a `result` member.
      send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
    } catch (error) {
      const failure = toFailure(error, boundFactory.errorRegistry, target);
      if (failure.isPanic) panicked = failure;
      sendError(request.id, failure);
    }
  };

  const shutDown = once(() => shutDownEngine(factory, enginePromise));
  // The CLI ends stdin and then, without waiting, sends SIGTERM (prisma 7.10's SchemaEngineCLI#stop
  // on every platform but Windows). Handling the signal lets the clean-up below still run.
  process.once("SIGTERM", () => void shutDown());
  await processRequests(handle);
  await shutDown();
}

/** Rejects the request being handled; set while one is. */
let abandonCurrent: ((reason: unknown) => void) | undefined;

/**
 * A Rust panic inside a callback the engine scheduled surfaces as an uncaught RuntimeError, and
 * the engine's promise for the request in flight then never settles. Failing that request with
 * the panic lets the CLI report it: were we to exit instead, prisma 7.10's CLI would wait forever
 * on its engine-stop timer (an unref'd one) and quit with status 0 and no message.
 * Returns false when no request is in flight.
 */
export function abandonRequestInFlight(reason: unknown): boolean {
  if (!abandonCurrent) return false;
  abandonCurrent(reason);
  return true;
}

function settleOrAbandon<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    abandonCurrent = reject;
    work.then(resolve, reject);
  }).finally(() => {
    abandonCurrent = undefined;
  });
}

/** Handles requests one at a time (the engine is not re-entrant) until stdin closes. */
async function processRequests(handle: (request: Request) => Promise<void>): Promise<void> {
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") continue;
    const request = parseRequest(line);
    if (request === "ignore") continue;
    // Answered in turn, like everything else, so that responses keep the order of the requests.
    queue = queue.then(() =>
      request instanceof Error ? sendError(null, { message: request.message }, -32700) : handle(request),
    );
  }
  await queue;
}

function parseRequest(line: string): Request | Error | "ignore" {
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(line) as Record<string, unknown>;
  } catch (error) {
    return new Error(`Invalid JSON-RPC message: ${messageOf(error)}`);
  }
  // The CLI's answers to our `print` requests carry a result and no method.
  if (typeof message.method !== "string") return "ignore";
  const id = message.id;
  return {
    id: typeof id === "number" || typeof id === "string" ? id : null,
    method: message.method,
    params: message.params,
  };
}

async function readDatamodels(paths: readonly string[]): Promise<[string, string][] | undefined> {
  // The engine takes either no datamodels or a non-empty list.
  if (paths.length === 0) return undefined;
  return Promise.all(
    paths.map(async (path): Promise<[string, string]> => [path, await readFile(path, "utf8")]),
  );
}

async function startEngine(
  datamodels: [string, string][] | undefined,
  boundFactory: ReturnType<typeof bindMigrationAwareSqlAdapterFactory>,
  mainUrl: string | undefined,
  target: ConnectionTarget | undefined,
): Promise<SchemaEngine> {
  try {
    return await SchemaEngine.new({ datamodels }, forwardEngineLog, boundFactory);
  } catch (error) {
    // The engine connects while starting and words a failure without Prisma's code; checking the
    // connection ourselves recovers the code (P1001, P1003, …) that the CLI acts on.
    throw new FailureError(await explainStartFailure(error, boundFactory.errorRegistry, mainUrl, target));
  }
}

async function explainStartFailure(
  error: unknown,
  registry: ErrorRegistry,
  mainUrl: string | undefined,
  target: ConnectionTarget | undefined,
): Promise<Failure> {
  if (mainUrl === undefined || target === undefined) return describeEngineError(error, registry, target);
  try {
    await runOneShot("can-connect-to-database", target);
  } catch (connectionError) {
    return describeConnectionError(connectionError, target);
  }
  return describeEngineError(error, registry, target);
}

/** Carries an already-described failure through a rejected promise. */
class FailureError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

function toFailure(error: unknown, registry: ErrorRegistry, target: ConnectionTarget | undefined): Failure {
  if (error instanceof FailureError) return error.failure;
  const isFromEngine =
    error instanceof Error && (error.name === "SchemaConnectorError" || error.name === "RuntimeError");
  // Anything else was thrown by our own code: pg in createDatabase, an invalid URL, ….
  return isFromEngine ? describeEngineError(error, registry, target) : describeConnectionError(error, target);
}

function safeTarget(url: string | undefined): ConnectionTarget | undefined {
  try {
    return url === undefined ? undefined : parseConnectionUrl(url);
  } catch {
    return undefined;
  }
}

/**
 * Drops any shadow database still alive before leaving, so that no `prisma_migrate_shadow_db_*`
 * database outlives the command, then exits.
 */
async function shutDownEngine(
  factory: BridgePgFactory,
  enginePromise: Promise<SchemaEngine>,
): Promise<never> {
  await factory.disposeShadowDatabases();
  const engine = await enginePromise.catch(() => undefined);
  try {
    engine?.free();
  } catch {
    // After a panic the instance may refuse even this; the process ends next anyway.
  }
  // Idle pg pools would keep the process alive for their idle timeout.
  process.exit(0);
}

function once<T>(run: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= run());
}

function send(message: object): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function sendError(id: RequestId, failure: Failure, code = 4466): void {
  const data = {
    is_panic: failure.isPanic === true,
    message: failure.message,
    ...(failure.errorCode ? { error_code: failure.errorCode } : {}),
    meta: {},
  };
  send({ jsonrpc: "2.0", id, error: { code, message: failure.message, data } });
}
