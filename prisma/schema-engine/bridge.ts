// Stands in for Prisma's native schema engine, which our machines cannot download: the prisma CLI
// spawns this (through ./schema-engine, named by PRISMA_SCHEMA_ENGINE_BINARY in prisma.config.ts)
// and it answers with the WebAssembly build of the same engine, @prisma/schema-engine-wasm, over
// @prisma/adapter-pg. Protocol and workarounds: ../../../shared/notes/prisma-without-native-engines.md
import { parseEngineArgs, type EngineArgs } from "./args";
import { parseConnectionUrl } from "./connection";
import {
  describeConnectionError,
  describePanic,
  installPanicRegistry,
  messageOf,
  type Failure,
} from "./errors";
import { logError, logInfo } from "./log";
import { isOneShotCommand, runOneShot } from "./one-shot";

/** Set once the server is loaded; see exitOnStrayError. */
let abandonRequestInFlight: (reason: unknown) => boolean = () => false;

async function main(argv: readonly string[]): Promise<number> {
  installPanicRegistry();
  let args: EngineArgs;
  try {
    args = parseEngineArgs(argv);
  } catch (error) {
    return fail({ message: `schema engine bridge: ${messageOf(error)}` });
  }
  if (args.cliCommand === undefined) {
    // Imported only now: the WebAssembly module is large and one-shot commands do without it,
    // and the panic registry must be in place before the module starts.
    const server = await import("./rpc-server");
    abandonRequestInFlight = server.abandonRequestInFlight;
    await server.serve(args);
    return 0;
  }
  return runCliCommand(args.cliCommand, args.datasource.url);
}

/**
 * `… cli <command>`: exit 0 on success; on failure exit 1 with an ERROR record on stderr. The CLI
 * drops the first stderr line before parsing the rest as JSON, hence the INFO record first.
 */
async function runCliCommand(command: string, url: string | undefined): Promise<number> {
  logInfo(`schema engine bridge (WebAssembly): cli ${command}`);
  if (!isOneShotCommand(command)) return fail({ message: `Unknown cli command \`${command}\`` });
  if (url === undefined) return fail({ message: "No datasource URL given (--datasource '{\"url\": …}')." });
  let target;
  try {
    target = parseConnectionUrl(url);
  } catch (error) {
    return fail({ message: messageOf(error) });
  }
  try {
    await runOneShot(command, target);
    return 0;
  } catch (error) {
    return fail(describeConnectionError(error, target));
  }
}

function fail(failure: Failure): number {
  logError(failure);
  return 1;
}

/**
 * A Rust panic can also surface outside any call we await (in a callback the engine scheduled),
 * as an uncaught WebAssembly RuntimeError: it becomes the answer to the request in flight (see
 * abandonRequestInFlight). Anything else uncaught ends the process as the native engine would:
 * an ERROR record on stderr, which the CLI shows, and exit code 101 for a panic, 1 otherwise.
 */
function exitOnStrayError(error: unknown): void {
  const panic = describePanic(error);
  if (panic && abandonRequestInFlight(error)) return;
  logError(panic ?? { message: `schema engine bridge crashed: ${stackOf(error)}` });
  process.exit(panic ? 101 : 1);
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : messageOf(error);
}

process.on("uncaughtException", exitOnStrayError);
process.on("unhandledRejection", exitOnStrayError);

main(process.argv.slice(2)).then((code) => process.exit(code), exitOnStrayError);
