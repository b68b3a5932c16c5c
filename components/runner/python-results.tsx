import type { PythonError, PythonRun } from "@/lib/runner/python-run";

function describeError(error: PythonError): string {
  const where =
    error.line !== null ? ` (line ${error.line}${error.where === "the tests" ? " of the tests" : ""})` : "";
  return error.message ? `${error.type}${where}: ${error.message}` : `${error.type}${where}`;
}

/** What the program printed, and the exception that stopped it, if any. */
export function PythonOutput({ run }: { run: PythonRun }) {
  return (
    <div className="grid gap-2">
      {run.stdout ? (
        <pre
          className="max-h-72 overflow-auto rounded-md border bg-muted p-3 font-mono text-xs whitespace-pre-wrap"
          tabIndex={0}
          aria-label="Output"
        >
          {run.stdout}
        </pre>
      ) : (
        <p className="text-sm text-muted-foreground">Nothing was printed.</p>
      )}
      {run.stdoutCut ? <p className="text-sm text-muted-foreground">The output was cut at 1 MB.</p> : null}
      {run.error ? <p className="text-sm font-medium text-destructive">{describeError(run.error)}</p> : null}
    </div>
  );
}

/** The question's tests, case by case: the call, what was expected and what came back. */
export function PythonCases({ run }: { run: PythonRun }) {
  const cases = run.cases ?? [];
  const passed = cases.filter((c) => c.passed).length;
  const all = cases.length > 0 && passed === cases.length && run.error === null;
  return (
    <div className={`rounded-md border p-3 text-sm ${all ? "border-success" : "border-destructive"}`}>
      <p className={`font-semibold ${all ? "text-success" : "text-destructive"}`}>
        {run.error
          ? `Your code stopped before the tests ran: ${describeError(run.error)}`
          : all
            ? `Correct: all ${cases.length} tests pass.`
            : `${passed} of ${cases.length} tests pass.`}
      </p>
      {cases.length > 0 ? (
        <ul className="mt-2 grid gap-1.5">
          {cases.map((c, index) => (
            <li key={index} className="grid gap-0.5">
              <span>
                <span aria-hidden="true">{c.passed ? "✓ " : "✗ "}</span>
                <span className="sr-only">{c.passed ? "Passed: " : "Failed: "}</span>
                <code className="font-mono text-xs">{c.source}</code>
              </span>
              {!c.passed ? (
                <span className="pl-4 text-xs text-muted-foreground">
                  {c.error ? (
                    describeError(c.error)
                  ) : (
                    <>
                      expected <code className="font-mono">{c.expected}</code>, got{" "}
                      <code className="font-mono">{c.got}</code>
                    </>
                  )}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
