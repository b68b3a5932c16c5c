import type { PythonRun } from "@/lib/runner/python-run";
import type { SqlVerdict } from "@/lib/runner/sql-compare";
import type { SqlRun } from "@/lib/runner/sql-session";

import { PythonCases, PythonOutput } from "./python-results";
import { SqlResultTable, SqlVerdictView } from "./sql-results";

/** What the code panel shows under the editor after a run, a check, a stop or a refusal. */
export type Shown =
  | { kind: "sql-run"; run: SqlRun }
  | { kind: "sql-verdict"; run: SqlRun; verdict: SqlVerdict | null }
  | { kind: "python-run"; run: PythonRun }
  | { kind: "python-check"; run: PythonRun }
  | { kind: "stopped"; message: string }
  | { kind: "input"; message: string };

export function RunResults({ shown }: { shown: Shown | null }) {
  return (
    <>
      {shown?.kind === "sql-run" || shown?.kind === "sql-verdict" ? (
        shown.run.ok ? (
          <>
            {shown.kind === "sql-verdict" && shown.verdict ? (
              <SqlVerdictView verdict={shown.verdict} />
            ) : null}
            <SqlResultTable result={shown.run.result} cut={shown.run.cut} />
          </>
        ) : (
          <div className="rounded-md border border-destructive p-3 text-sm">
            <p className="font-medium text-destructive">
              {shown.run.error.phase === "setup"
                ? "The question's own tables failed to load (our mistake): "
                : ""}
              {shown.run.error.message}
            </p>
            {shown.run.error.position ? (
              <p className="mt-1 text-muted-foreground">
                At character {shown.run.error.position}, marked in the editor.
              </p>
            ) : null}
            {shown.run.error.hint ? <p className="mt-1">{shown.run.error.hint}</p> : null}
          </div>
        )
      ) : null}
      {shown?.kind === "python-run" ? <PythonOutput run={shown.run} /> : null}
      {shown?.kind === "python-check" ? (
        <>
          <PythonCases run={shown.run} />
          {shown.run.stdout ? <PythonOutput run={{ ...shown.run, error: null }} /> : null}
        </>
      ) : null}
      {shown?.kind === "stopped" ? (
        <p className="rounded-md border border-destructive p-3 text-sm font-medium text-destructive">
          {shown.message}
        </p>
      ) : null}
    </>
  );
}
