import { codeInputProblem } from "./code-input";
import type { SqlResult } from "./sql-compare";

// Runs a person's query against a question's data (issue 13). The same function serves the
// browser's PGlite worker and `npm run content:check` (PGlite in Node), so a solution that passes
// the check passes in the browser. Each run is a transaction that is rolled back: the question's
// setup, then the query, read-only, through a cursor. The cursor admits exactly one SELECT (or
// WITH … SELECT, or VALUES), and fetching from it stops an endless WITH RECURSIVE at the row limit.

/** The part of PGlite's API the runner uses. */
export interface SqlDatabase {
  exec(sql: string): Promise<unknown>;
  query<T>(
    sql: string,
    params?: unknown[],
    options?: { rowMode?: "array"; parsers?: Record<number, (value: string) => unknown> },
  ): Promise<{ rows: T[]; fields: { name: string }[] }>;
}

/** Rows fetched; beyond this the result is cut with a note. */
export const SQL_MAX_ROWS = 10_000;
/** Bytes of result text kept; beyond this the result is cut with a note. */
export const SQL_MAX_OUTPUT_BYTES = 1_000_000;

export type SqlRunError = {
  /** PostgreSQL's own message, or ours for input refused before running. */
  message: string;
  /** 1-based character offset into the query, as PostgreSQL reports it. */
  position?: number;
  hint?: string;
  /** "setup" means the question's own data failed to load: a bug of ours, not the person's. */
  phase: "input" | "setup" | "query";
};

export type SqlRun =
  { ok: true; result: SqlResult; cut: null | "rows" | "bytes" } | { ok: false; error: SqlRunError };

const CURSOR_PREFIX = "DECLARE runner_result NO SCROLL CURSOR FOR ";

// PostgreSQL's type OIDs run to a few thousand; every one of them is read back as printed text.
const AS_TEXT: Record<number, (value: string) => unknown> = Object.fromEntries(
  Array.from({ length: 5000 }, (_, oid) => [oid, (value: string) => value]),
);

/** The query without the trailing semicolons and whitespace people type; positions stay as they were. */
export function trimQuery(query: string): string {
  return query.replace(/[\s;]+$/, "");
}

interface PgError {
  message?: unknown;
  position?: unknown;
  hint?: unknown;
  code?: unknown;
}

function explain(error: unknown, phase: "setup" | "query"): SqlRunError {
  const e = (typeof error === "object" && error !== null ? error : {}) as PgError;
  const message = typeof e.message === "string" ? e.message : String(error);
  const position = typeof e.position === "string" ? Number(e.position) : undefined;
  const run: SqlRunError = { message, phase };
  if (position !== undefined && Number.isFinite(position) && phase === "query") {
    // The cursor's prefix shifts PostgreSQL's count; report the position in the person's text.
    const inQuery = position - CURSOR_PREFIX.length;
    if (inQuery >= 1) run.position = inQuery;
  }
  if (typeof e.hint === "string") run.hint = e.hint;
  if (phase === "query") {
    if (/read-only transaction/.test(message)) {
      run.hint =
        "Answers here are one SELECT (WITH … SELECT is fine); the question's tables cannot be changed.";
    } else if (
      /multiple commands|syntax error at or near "(INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|TRUNCATE)"/i.test(
        message,
      )
    ) {
      run.hint = "Write one query: a single SELECT (WITH … SELECT is fine), without other statements.";
    } else if (/DECLARE CURSOR|cursor/i.test(message)) {
      run.hint = "Write one query that returns rows: a SELECT, WITH … SELECT or VALUES.";
    }
  }
  return run;
}

export async function runSqlQuery(db: SqlDatabase, setup: string, query: string): Promise<SqlRun> {
  const problem = codeInputProblem(query, "sql");
  if (problem) return { ok: false, error: { message: problem, phase: "input" } };
  const trimmed = trimQuery(query);
  await db.exec("BEGIN");
  try {
    try {
      await db.exec(setup);
    } catch (error) {
      return { ok: false, error: explain(error, "setup") };
    }
    // Allowed after writes (only the other direction is refused), so the setup can insert first.
    await db.exec("SET LOCAL transaction_read_only = on");
    try {
      await db.query(`${CURSOR_PREFIX}${trimmed}`);
      const fetched = await db.query<unknown[]>(`FETCH ${SQL_MAX_ROWS + 1} FROM runner_result`, [], {
        rowMode: "array",
        parsers: AS_TEXT,
      });
      return { ok: true, ...collect(fetched) };
    } catch (error) {
      return { ok: false, error: explain(error, "query") };
    }
  } finally {
    await db.exec("ROLLBACK");
  }
}

function collect(fetched: { rows: unknown[][]; fields: { name: string }[] }): {
  result: SqlResult;
  cut: null | "rows" | "bytes";
} {
  const columns = fetched.fields.map((field) => field.name);
  const rows: (string | null)[][] = [];
  let bytes = 0;
  let cut: null | "rows" | "bytes" = null;
  for (const raw of fetched.rows) {
    if (rows.length === SQL_MAX_ROWS) {
      cut = "rows";
      break;
    }
    const row = raw.map((value) =>
      value === null || value === undefined
        ? null
        : typeof value === "string"
          ? value
          : JSON.stringify(value),
    );
    bytes += row.reduce((sum, value) => sum + (value?.length ?? 4) + 1, 0);
    if (bytes > SQL_MAX_OUTPUT_BYTES) {
      cut = "bytes";
      break;
    }
    rows.push(row);
  }
  return { result: { columns, rows }, cut };
}
