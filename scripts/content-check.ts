import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { PGlite } from "@electric-sql/pglite";

import { ContentError, loadContent, type ContentBundle } from "@/lib/content/load";
import { blockWithInfo, parseCsv } from "@/lib/questions/code-blocks";
import { coverageProblems } from "@/lib/questions/coverage";

// `npm run content:check`: every content file valid, every reference known, the coverage rules met,
// every SQL answer run against its own data in an in-memory PGlite and every Python answer run
// with python3, each compared with the output the question states.

const root = fileURLToPath(new URL("..", import.meta.url));
const execFileAsync = promisify(execFile);

type Question = ContentBundle["questions"][number];

// Every column comes back as the text PostgreSQL prints, which is what the expected CSV holds.
const asText = Object.fromEntries(Array.from({ length: 5000 }, (_, oid) => [oid, (value: string) => value]));

async function checkSql(db: PGlite, q: Question): Promise<string | null> {
  const setup = blockWithInfo(q.prompt, "sql setup");
  const solution = blockWithInfo(q.answer, "sql solution");
  const expected = blockWithInfo(q.answer, "csv expected");
  if (setup === null || solution === null || expected === null) return null; // reported by coverage
  // Each question's tables live in a transaction that is rolled back: questions cannot see each other.
  await db.exec("BEGIN");
  try {
    await db.exec(setup);
    const result = await db.query<unknown[]>(solution.trim().replace(/;\s*$/, ""), [], {
      rowMode: "array",
      parsers: asText,
    });
    const actual = [
      result.fields.map((f) => f.name),
      ...result.rows.map((row) =>
        row.map((v) => (v === null ? "" : typeof v === "string" ? v : JSON.stringify(v))),
      ),
    ];
    const wanted = parseCsv(expected);
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
      return `the SQL solution returns\n${actual.map((r) => r.join(",")).join("\n")}\n    but the expected CSV says\n${wanted.map((r) => r.join(",")).join("\n")}`;
    }
    return null;
  } catch (error) {
    return `the SQL fails: ${(error as Error).message}`;
  } finally {
    await db.exec("ROLLBACK");
  }
}

async function checkPython(python: string, q: Question): Promise<string | null> {
  const solution = blockWithInfo(q.answer, "python solution");
  const expected = blockWithInfo(q.answer, "text output");
  if (solution === null || expected === null) return null;
  try {
    const { stdout } = await execFileAsync(python, ["-I", "-c", solution], { timeout: 20_000 });
    const normalise = (text: string) =>
      text
        .split("\n")
        .map((l) => l.trimEnd())
        .join("\n")
        .trim();
    if (normalise(stdout) !== normalise(expected)) {
      return `the Python solution prints\n${normalise(stdout)}\n    but the expected output says\n${normalise(expected)}`;
    }
    return null;
  } catch (error) {
    return `the Python solution fails: ${(error as Error).message.split("\n").slice(-3).join(" ")}`;
  }
}

async function findPython(): Promise<string | null> {
  try {
    await execFileAsync("python3", ["--version"]);
    return "python3";
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
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
  const problems: string[] = coverageProblems(bundle);
  const fileOf = (q: Question) => `content/questions/${q.skills[0]}/${q.slug}.md`;

  const db = await PGlite.create();
  const sql = bundle.questions.filter((q) => q.kind === "sql");
  for (const q of sql) {
    const problem = await checkSql(db, q);
    if (problem) problems.push(`${fileOf(q)}: ${problem}`);
  }
  await db.close();

  const python = await findPython();
  const coding = bundle.questions.filter((q) => q.kind === "coding");
  if (python) {
    for (const q of coding) {
      const problem = await checkPython(python, q);
      if (problem) problems.push(`${fileOf(q)}: ${problem}`);
    }
  } else {
    console.log("python3 not found: the Python answers were not run.");
  }

  console.log(
    `${bundle.questions.length} questions, ${bundle.skills.length} skills, ${bundle.roles.length} roles, ${bundle.snapshots.length} market snapshots; ran ${sql.length} SQL and ${python ? coding.length : 0} Python answers.`,
  );
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
