// The engine's stderr is read by the prisma CLI line by line as JSON log records; a record at
// level ERROR with `fields.message` (and `fields.error_code`) is what it reports to the user
// (notes file, protocol point 2).
import type { Failure } from "./errors";

const TARGET = "schema_engine::logger";

export function logInfo(message: string): void {
  writeRecord({ level: "INFO", target: TARGET, fields: { message } });
}

export function logError(failure: Failure): void {
  const fields = failure.errorCode
    ? { message: failure.message, error_code: failure.errorCode }
    : { message: failure.message };
  writeRecord({ level: "ERROR", target: TARGET, fields });
}

/** Forwards a record the WebAssembly engine already formatted as a JSON line. */
export function forwardEngineLog(line: unknown): void {
  if (typeof line === "string" && line.trim() !== "") process.stderr.write(`${line.trimEnd()}\n`);
}

function writeRecord(record: object): void {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), ...record })}\n`);
}
