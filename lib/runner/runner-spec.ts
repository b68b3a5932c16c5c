import type { QuestionContent } from "@/lib/content/schemas";
import { blockWithInfo, parseCsv } from "@/lib/questions/code-blocks";

import { expectedFromCsv, type SqlResult } from "./sql-compare";
import { parseCreateTables, type SqlTable } from "./sql-tables";

// What the code panel of a question needs (issue 13), derived from its content file by the seed and
// stored with the question: the SQL setup, its tables and the expected result with the rules of the
// comparison; or the Python starter and the tests; or, for a coding question the in-browser runner
// cannot run, why not.

export type RunnerSpec =
  | {
      language: "sql";
      setup: string;
      tables: SqlTable[];
      expected: SqlResult;
      ordered: boolean;
      decimals: number | null;
    }
  | { language: "python"; starter: string; tests: string }
  | { language: "python"; unavailable: string };

export function runnerSpecFor(question: QuestionContent): RunnerSpec | null {
  if (question.kind === "sql") {
    const setup = blockWithInfo(question.prompt, "sql setup");
    const expected = blockWithInfo(question.answer, "csv expected");
    if (setup === null || expected === null) return null;
    return {
      language: "sql",
      setup,
      tables: parseCreateTables(setup),
      expected: expectedFromCsv(parseCsv(expected)),
      ordered: question.ordered,
      decimals: question.decimals ?? null,
    };
  }
  if (question.kind === "coding") {
    if (!question.runnable)
      return {
        language: "python",
        unavailable: question.why ?? "It needs libraries the runner does not have.",
      };
    const starter = blockWithInfo(question.prompt, "python starter");
    const tests = blockWithInfo(question.answer, "python tests");
    if (starter === null || tests === null) return null;
    return { language: "python", starter, tests };
  }
  return null;
}

/** The starter block is shown in the editor, not twice: the page's prompt leaves it out. */
export function withoutStarter(prompt: string): string {
  return prompt.replace(/\n?(`{3,}|~{3,})python starter\n[\s\S]*?\n\1[^\n]*\n?/, "\n").trim();
}
