// Parses the command line the prisma CLI gives its schema engine. The shape was observed from
// prisma 7.10's CLI (../../../shared/notes/prisma-without-native-engines.md, protocol point 1):
//   --datamodels <schema file>      repeatable, paths relative to the working directory
//   --datasource '<json>'           {"url": ..., "shadowDatabaseUrl": ...}
//   --enabled-preview-features a,b  optional
//   --extension-types '<json>'      optional
//   cli <command>                   one-shot mode (can-connect-to-database, create-database, ...)

export interface DatasourceArg {
  readonly url?: string;
  readonly shadowDatabaseUrl?: string;
}

export interface EngineArgs {
  readonly datamodelPaths: readonly string[];
  readonly datasource: DatasourceArg;
  /** Set in one-shot mode; absent means JSON-RPC server mode. */
  readonly cliCommand?: string;
}

/** Flags that take a value; the CLI may add ones we do not use, which we must still skip over. */
const VALUE_FLAGS = new Set([
  "--datamodels",
  "--datasource",
  "--enabled-preview-features",
  "--extension-types",
]);

export function parseEngineArgs(argv: readonly string[]): EngineArgs {
  const datamodelPaths: string[] = [];
  let datasource: DatasourceArg = {};
  let cliCommand: string | undefined;

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "cli") {
      cliCommand = argv[i + 1];
      if (cliCommand === undefined) throw new Error("`cli` needs a command name after it");
      i++;
    } else if (arg !== undefined && VALUE_FLAGS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined) throw new Error(`${arg} needs a value`);
      if (arg === "--datamodels") datamodelPaths.push(value);
      if (arg === "--datasource") datasource = parseDatasource(value);
      i++;
    }
    // Anything else (e.g. a future boolean flag) is ignored rather than fatal: failing here would
    // break every prisma command over an option the WebAssembly engine has no use for.
  }

  return cliCommand === undefined
    ? { datamodelPaths, datasource }
    : { datamodelPaths, datasource, cliCommand };
}

function parseDatasource(json: string): DatasourceArg {
  const value: unknown = JSON.parse(json);
  if (typeof value !== "object" || value === null) {
    throw new Error("--datasource must be a JSON object");
  }
  const record = value as Record<string, unknown>;
  return {
    ...(typeof record.url === "string" && record.url !== "" ? { url: record.url } : {}),
    ...(typeof record.shadowDatabaseUrl === "string" && record.shadowDatabaseUrl !== ""
      ? { shadowDatabaseUrl: record.shadowDatabaseUrl }
      : {}),
  };
}
