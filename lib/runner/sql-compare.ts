// Checks a person's SQL result against a question's expected result (issue 13, "Checking"). Pure,
// so the browser's runner and `npm run content:check` judge with exactly the same code. Values are
// compared as the text PostgreSQL prints, except numbers, which match within a tolerance.

export interface SqlResult {
  columns: string[];
  /** Each value as PostgreSQL prints it; null for NULL. */
  rows: (string | null)[][];
}

export interface SqlCompareOptions {
  /** The question asks for a row order, so the order is compared too. */
  ordered: boolean;
  /** The question asks for values rounded to this many decimals. */
  decimals?: number | undefined;
}

export type SqlProblem =
  | { kind: "column-count"; expected: number; actual: number }
  | { kind: "row-count"; expected: number; actual: number }
  | { kind: "missing-rows"; rows: (string | null)[][]; count: number }
  | { kind: "extra-rows"; rows: (string | null)[][]; count: number }
  | { kind: "order"; position: number; expected: (string | null)[]; actual: (string | null)[] };

export interface SqlVerdict {
  passed: boolean;
  /** Columns whose names differ from the expected ones (compared case-insensitively); not a failure. */
  renamedColumns: { position: number; expected: string; actual: string }[];
  problems: SqlProblem[];
}

/** Rows shown per problem: enough to see the pattern, never the whole expected result. */
export const SHOWN_ROWS = 5;
const DEFAULT_TOLERANCE = 1e-6;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function toleranceFor(decimals: number | undefined): number {
  // Half a unit of the last decimal, and a hair more for binary floating point.
  return decimals === undefined ? DEFAULT_TOLERANCE : 0.5 * 10 ** -decimals + 1e-9;
}

export function sameValue(expected: string | null, actual: string | null, tolerance: number): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (expected === actual) return true;
  const e = expected.trim();
  const a = actual.trim();
  if (NUMBER.test(e) && NUMBER.test(a)) {
    const difference = Math.abs(Number(e) - Number(a));
    return difference <= tolerance || difference <= tolerance * Math.abs(Number(e));
  }
  return false;
}

function sameRow(expected: (string | null)[], actual: (string | null)[], tolerance: number): boolean {
  return expected.length === actual.length && expected.every((v, i) => sameValue(v, actual[i]!, tolerance));
}

/**
 * Matches rows as multisets. Each expected row takes the first unmatched actual row equal to it;
 * with a tolerance "equal" is not transitive, but the bank's expected values are distinct enough
 * that greedy matching finds a pairing whenever one exists.
 */
function matchRows(
  expected: (string | null)[][],
  actual: (string | null)[][],
  tolerance: number,
): { missing: (string | null)[][]; extra: (string | null)[][] } {
  const used = new Array<boolean>(actual.length).fill(false);
  // Exact text first, so a tolerance never steals a row another expected row matches exactly.
  const exact = new Map<string, number[]>();
  actual.forEach((row, index) => {
    const key = JSON.stringify(row);
    exact.set(key, [...(exact.get(key) ?? []), index]);
  });
  const unmatched: (string | null)[][] = [];
  for (const row of expected) {
    const candidates = exact.get(JSON.stringify(row));
    const index = candidates?.find((i) => !used[i]);
    if (index === undefined) unmatched.push(row);
    else used[index] = true;
  }
  const missing: (string | null)[][] = [];
  for (const row of unmatched) {
    const index = actual.findIndex((candidate, i) => !used[i] && sameRow(row, candidate, tolerance));
    if (index === -1) missing.push(row);
    else used[index] = true;
  }
  return { missing, extra: actual.filter((_, i) => !used[i]) };
}

export function compareSqlResults(
  expected: SqlResult,
  actual: SqlResult,
  options: SqlCompareOptions,
): SqlVerdict {
  const tolerance = toleranceFor(options.decimals);
  const renamedColumns = expected.columns.flatMap((name, position) => {
    const other = actual.columns[position];
    return other !== undefined && other.toLowerCase() !== name.toLowerCase()
      ? [{ position, expected: name, actual: other }]
      : [];
  });
  if (expected.columns.length !== actual.columns.length) {
    return {
      passed: false,
      // Names by position say nothing while the columns themselves do not line up.
      renamedColumns: [],
      problems: [{ kind: "column-count", expected: expected.columns.length, actual: actual.columns.length }],
    };
  }
  const problems: SqlProblem[] = [];
  const { missing, extra } = matchRows(expected.rows, actual.rows, tolerance);
  if (expected.rows.length !== actual.rows.length) {
    problems.push({ kind: "row-count", expected: expected.rows.length, actual: actual.rows.length });
  }
  if (missing.length > 0) {
    problems.push({ kind: "missing-rows", rows: missing.slice(0, SHOWN_ROWS), count: missing.length });
  }
  if (extra.length > 0) {
    problems.push({ kind: "extra-rows", rows: extra.slice(0, SHOWN_ROWS), count: extra.length });
  }
  if (problems.length === 0 && options.ordered) {
    const position = expected.rows.findIndex((row, i) => !sameRow(row, actual.rows[i]!, tolerance));
    if (position !== -1) {
      problems.push({
        kind: "order",
        position,
        expected: expected.rows[position]!,
        actual: actual.rows[position]!,
      });
    }
  }
  return { passed: problems.length === 0, renamedColumns, problems };
}

/** The expected result of a question, from its ```csv expected block (parsed by parseCsv). */
export function expectedFromCsv(table: string[][]): SqlResult {
  const [header = [], ...rows] = table;
  // An empty cell is how the bank writes NULL (docs/content/questions.md).
  return { columns: header, rows: rows.map((row) => row.map((cell) => (cell === "" ? null : cell))) };
}

const formatRow = (row: (string | null)[]) => row.map((v) => (v === null ? "NULL" : v)).join(" | ");

/** One sentence per problem, for content:check and for the runner's summary line. */
export function describeSqlVerdict(verdict: SqlVerdict): string[] {
  const lines = verdict.problems.map((problem) => {
    switch (problem.kind) {
      case "column-count":
        return `The result has ${problem.actual} column${problem.actual === 1 ? "" : "s"}; the question asks for ${problem.expected}.`;
      case "row-count":
        return `The result has ${problem.actual} row${problem.actual === 1 ? "" : "s"}; the right answer has ${problem.expected}.`;
      case "missing-rows":
        return `${problem.count} expected row${problem.count === 1 ? " is" : "s are"} missing, e.g. ${formatRow(problem.rows[0]!)}.`;
      case "extra-rows":
        return `${problem.count} row${problem.count === 1 ? " is" : "s are"} not in the right answer, e.g. ${formatRow(problem.rows[0]!)}.`;
      case "order":
        return `The rows are right but their order is not: row ${problem.position + 1} should be ${formatRow(problem.expected)}, not ${formatRow(problem.actual)}.`;
    }
  });
  for (const renamed of verdict.renamedColumns) {
    lines.push(
      `Column ${renamed.position + 1} is named "${renamed.actual}"; the question calls it "${renamed.expected}".`,
    );
  }
  return lines;
}
