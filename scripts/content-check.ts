import { spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { PGlite } from "@electric-sql/pglite";

import { ContentError, loadContent, type ContentBundle } from "@/lib/content/load";
import { blockWithInfo, parseCsv } from "@/lib/questions/code-blocks";
import { coverageProblems } from "@/lib/questions/coverage";
import { PYTHON_HARNESS } from "@/lib/runner/python-harness";
import { pythonPassed, type PythonRun } from "@/lib/runner/python-run";
import { compareSqlResults, describeSqlVerdict, expectedFromCsv } from "@/lib/runner/sql-compare";
import { runSqlQuery } from "@/lib/runner/sql-session";
import { parseCreateTables } from "@/lib/runner/sql-tables";

// `npm run content:check [folder or file …]`: every content file valid, every reference known, the
// bank's rules met (lib/questions/coverage.ts), and every piece of code run through the code
// runner's own checker: SQL solutions against their expected result in PGlite, Python solutions
// against their tests (and stated output) in python3, `python verify` blocks for stated numbers.
// Given paths, only the questions under them are run and the bank-wide rules only reported.

const root = fileURLToPath(new URL("..", import.meta.url));
const PYTHON_TIMEOUT_MS = 20_000;

type Question = ContentBundle["questions"][number];

const fileOf = (q: Question) => `content/questions/${q.skills[0]}/${q.slug}.md`;

async function checkSql(db: PGlite, q: Question): Promise<string[]> {
  const setup = blockWithInfo(q.prompt, "sql setup");
  const solution = blockWithInfo(q.answer, "sql solution");
  const expected = blockWithInfo(q.answer, "csv expected");
  if (setup === null || solution === null || expected === null) return []; // reported by coverage
  const listed = await listedTablesProblem(db, setup);
  if (listed) return [listed];
  const run = await runSqlQuery(db, setup, solution);
  if (!run.ok)
    return [`the SQL ${run.error.phase === "setup" ? "setup" : "solution"} fails: ${run.error.message}`];
  const verdict = compareSqlResults(expectedFromCsv(parseCsv(expected)), run.result, {
    ordered: q.ordered,
    decimals: q.decimals,
  });
  if (verdict.passed && verdict.renamedColumns.length === 0) return [];
  const printed = [run.result.columns, ...run.result.rows.map((r) => r.map((v) => v ?? ""))]
    .map((r) => r.join(","))
    .join("\n");
  return [
    `the SQL solution does not pass its own check: ${describeSqlVerdict(verdict).join(" ")}\n    it returns\n${printed}`,
  ];
}

/** The code panel lists the setup's tables as parseCreateTables reads them: they must be PostgreSQL's. */
async function listedTablesProblem(db: PGlite, setup: string): Promise<string | null> {
  await db.exec("BEGIN");
  try {
    await db.exec(setup);
    const catalog = await db.query<{ table_name: string; columns: string[] }>(
      `SELECT table_name, array_agg(column_name::text ORDER BY ordinal_position) AS columns
       FROM information_schema.columns WHERE table_schema = 'public' GROUP BY table_name`,
    );
    const actual = catalog.rows
      .sort((a, b) => a.table_name.localeCompare(b.table_name))
      .flatMap((r) => r.columns.map((c) => `${r.table_name}.${c}`))
      .join(", ");
    const parsed = parseCreateTables(setup)
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((t) => t.columns.map((c) => `${t.name}.${c.name}`))
      .join(", ");
    return actual === parsed
      ? null
      : `the code panel would list the tables as ${parsed || "(none)"}, but the setup creates ${actual}; write plain CREATE TABLE statements`;
  } catch {
    return null; // a broken setup is reported by the run itself
  } finally {
    await db.exec("ROLLBACK");
  }
}

function runPython(python: string, request: { code: string; tests: string | null }): Promise<PythonRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ["-I", "-c", PYTHON_HARNESS], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), PYTHON_TIMEOUT_MS);
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", reject);
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      if (signal) return reject(new Error(`timed out after ${PYTHON_TIMEOUT_MS / 1000} s`));
      try {
        resolve(JSON.parse(stdout) as PythonRun);
      } catch {
        reject(
          new Error(`the harness exited with ${code}: ${stderr.trim().split("\n").slice(-2).join(" ")}`),
        );
      }
    });
    child.stdin.end(JSON.stringify(request));
  });
}

const normalise = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trim();

async function checkPython(python: string, q: Question): Promise<string[]> {
  const problems: string[] = [];
  const solution = blockWithInfo(q.answer, "python solution");
  if (q.kind === "coding" && q.runnable && solution !== null) {
    const tests = blockWithInfo(q.answer, "python tests");
    const output = blockWithInfo(q.answer, "text output");
    const run = await runPython(python, { code: solution, tests });
    if (run.error) {
      problems.push(
        `the Python solution fails: ${run.error.type}: ${run.error.message} (line ${run.error.line ?? "?"})`,
      );
    } else {
      if (tests !== null && !pythonPassed(run)) {
        const failed = (run.cases ?? []).filter((c) => !c.passed);
        problems.push(
          failed.length === 0
            ? "the python tests block has no check(...) cases"
            : `the Python solution fails ${failed.length} of its tests: ${failed
                .slice(0, 3)
                .map((c) => `${c.source} gave ${c.got ?? c.error?.message}, expected ${c.expected}`)
                .join("; ")}`,
        );
      }
      if (output !== null && normalise(run.stdout) !== normalise(output)) {
        problems.push(
          `the Python solution prints\n${normalise(run.stdout)}\n    but the expected output says\n${normalise(output)}`,
        );
      }
    }
  }
  const verify = blockWithInfo(q.answer, "python verify");
  if (verify !== null) {
    const run = await runPython(python, { code: verify, tests: null });
    if (run.error) {
      problems.push(
        `the python verify block fails: ${run.error.type}${run.error.message ? `: ${run.error.message}` : ""} (line ${run.error.line ?? "?"})`,
      );
    }
  }
  return problems;
}

async function findPython(): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn("python3", ["--version"], { stdio: "ignore" });
    child.once("error", () => resolve(null));
    child.once("exit", (code) => resolve(code === 0 ? "python3" : null));
  });
}

/** Runs `work` over `items` with at most `limit` at a time, keeping the input order in the results. */
async function mapLimited<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker() {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

async function main(): Promise<number> {
  const started = Date.now();
  const only = process.argv.slice(2).map((arg) => path.resolve(arg));
  let bundle: ContentBundle;
  try {
    bundle = await loadContent(path.join(root, "content"));
  } catch (error) {
    if (error instanceof ContentError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const selected = bundle.questions.filter(
    (q) => only.length === 0 || only.some((prefix) => path.join(root, fileOf(q)).startsWith(prefix)),
  );
  const problems: string[] = [];
  const bankWide = coverageProblems(bundle);
  if (only.length === 0) problems.push(...bankWide);

  const db = await PGlite.create();
  const sql = selected.filter((q) => q.kind === "sql");
  for (const q of sql) for (const problem of await checkSql(db, q)) problems.push(`${fileOf(q)}: ${problem}`);
  await db.close();

  const python = await findPython();
  const withPython = selected.filter(
    (q) => (q.kind === "coding" && q.runnable) || blockWithInfo(q.answer, "python verify") !== null,
  );
  if (python) {
    const results = await mapLimited(withPython, Math.max(2, availableParallelism()), async (q) => {
      try {
        return (await checkPython(python, q)).map((problem) => `${fileOf(q)}: ${problem}`);
      } catch (error) {
        return [`${fileOf(q)}: the Python run failed: ${(error as Error).message}`];
      }
    });
    problems.push(...results.flat());
  } else {
    console.log("python3 not found: the Python answers were not run.");
  }

  console.log(
    `${bundle.questions.length} questions, ${bundle.skills.length} skills, ${bundle.roles.length} roles, ${bundle.snapshots.length} market snapshots; ran ${sql.length} SQL and ${python ? withPython.length : 0} Python programs in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
  if (only.length > 0 && bankWide.length > 0) {
    console.log(
      `\nBank-wide rules not met yet (reported only, as paths were given):\n${bankWide.map((p) => `- ${p}`).join("\n")}`,
    );
  }
  if (problems.length > 0) {
    console.error(
      `\n${problems.length} problem${problems.length === 1 ? "" : "s"}:\n${problems.map((p) => `- ${p}`).join("\n")}`,
    );
    return 1;
  }
  console.log("Content check passed.");
  return 0;
}

process.exitCode = await main();
