"use client";

import { useRef, useState } from "react";

import dynamic from "next/dynamic";

import { GRADE_LABELS } from "@/lib/progress/grades";
import { codeInputProblem } from "@/lib/runner/code-input";
import { proposedGrade } from "@/lib/runner/outcome";
import { pythonPassed, type PythonRun } from "@/lib/runner/python-run";
import type { RunnerSpec } from "@/lib/runner/runner-spec";
import { PYTHON_TIME_LIMIT_MS, SQL_TIME_LIMIT_MS } from "@/lib/runner/runtimes";
import { compareSqlResults } from "@/lib/runner/sql-compare";
import type { SqlRun } from "@/lib/runner/sql-session";
import { Button } from "@/components/ui/button";

import { useCodeCheck } from "./check-context";
import { RunResults, type Shown } from "./run-results";
import { useCodeDraft } from "./use-code-draft";
import { useHelpSeen } from "./use-help-seen";
import { useWorkerRun } from "./use-worker-run";

import type { ErrorMark } from "./code-editor";

// The code panel of a question the runner can check (./code-panel.tsx chooses it): the editor,
// Run and Submit, and what came back.

const CodeEditor = dynamic(() => import("./code-editor").then((m) => m.CodeEditor), {
  ssr: false,
  loading: () => <p className="rounded-md border p-3 text-sm text-muted-foreground">Loading the editor…</p>,
});

const newSqlWorker = () => new Worker(new URL("./sql.worker.ts", import.meta.url), { type: "module" });
const newPythonWorker = () => new Worker(new URL("./python.worker.ts", import.meta.url), { type: "module" });

type RunnableSpec = Exclude<RunnerSpec, { unavailable: string }>;

export function RunnablePanel({
  questionSlug,
  spec,
  answerId,
  Heading,
  headingId,
}: {
  questionSlug: string;
  spec: RunnableSpec;
  answerId: string;
  Heading: "h2" | "h3";
  headingId: string;
}) {
  const isSql = spec.language === "sql";
  const starter = spec.language === "python" ? spec.starter : "";
  const draft = useCodeDraft(questionSlug, starter);
  /** The editor's text as last typed; null until the person types (the draft or starter stands). */
  const code = useRef<string | null>(null);
  /** After "Start over": the starter, shown in a fresh editor. */
  const [startFrom, setStartFrom] = useState<string | null>(null);
  const currentCode = () => code.current ?? startFrom ?? draft.initial ?? "";
  const sqlRunner = useWorkerRun<{ setup: string; query: string }, SqlRun>(newSqlWorker, SQL_TIME_LIMIT_MS);
  const pythonRunner = useWorkerRun<{ code: string; tests: string | null }, PythonRun>(
    newPythonWorker,
    PYTHON_TIME_LIMIT_MS,
  );
  const [busy, setBusy] = useState<null | "run" | "submit">(null);
  const running = useRef(false);
  const [status, setStatus] = useState("");
  const [shown, setShown] = useState<Shown | null>(null);
  const [errorMark, setErrorMark] = useState<ErrorMark>(null);
  const attemptsBefore = useRef(0);
  const failedBefore = useRef(0);
  const helpSeen = useHelpSeen(answerId);
  const checkState = useCodeCheck();
  const [editorKey, setEditorKey] = useState(0);

  const stopped = (message: string) => {
    setShown({ kind: "stopped", message });
    setStatus(message);
  };

  const runSql = async (submit: boolean) => {
    if (spec.language !== "sql") return;
    const outcome = await sqlRunner.run({ setup: spec.setup, query: currentCode() });
    if (!outcome.ok) {
      return stopped(
        outcome.reason === "timeout"
          ? `${outcome.message} Your query took too long (an endless WITH RECURSIVE, or pg_sleep?). The next run starts afresh.`
          : `The SQL runner failed: ${outcome.message} Try again.`,
      );
    }
    const run = outcome.run;
    setErrorMark(run.ok ? null : { message: run.error.message, position: run.error.position });
    if (!submit) {
      setShown({ kind: "sql-run", run });
      setStatus(run.ok ? `Ran: ${run.result.rows.length} rows.` : `Error: ${run.error.message}`);
      return;
    }
    const verdict = run.ok
      ? compareSqlResults(spec.expected, run.result, {
          ordered: spec.ordered,
          decimals: spec.decimals ?? undefined,
        })
      : null;
    setShown({ kind: "sql-verdict", run, verdict });
    report(
      verdict?.passed ?? false,
      run.ok
        ? verdict?.passed
          ? "Correct."
          : "Not yet: the result differs."
        : `Error: ${run.error.message}`,
    );
  };

  const runPython = async (submit: boolean) => {
    if (spec.language !== "python") return;
    const outcome = await pythonRunner.run({ code: currentCode(), tests: submit ? spec.tests : null });
    if (!outcome.ok) {
      return stopped(
        outcome.reason === "timeout"
          ? `${outcome.message} Your code took too long (an endless loop?). The next run starts afresh.`
          : `The Python runner failed: ${outcome.message} Try again.`,
      );
    }
    const run = outcome.run;
    setErrorMark(
      run.error?.line != null && run.error.where === "your code"
        ? { message: `${run.error.type}: ${run.error.message}`, line: run.error.line }
        : null,
    );
    if (!submit) {
      setShown({ kind: "python-run", run });
      setStatus(run.error ? `Error: ${run.error.type}` : "Ran.");
      return;
    }
    setShown({ kind: "python-check", run });
    const passed = pythonPassed(run);
    const count = run.cases?.length ?? 0;
    report(
      passed,
      passed
        ? `Correct: all ${count} tests pass.`
        : `${run.cases?.filter((c) => c.passed).length ?? 0} of ${count} tests pass.`,
    );
  };

  /** A submission's outcome, for the practice controls to record. */
  const report = (passed: boolean, text: string) => {
    const proposed = proposedGrade({ passed, failedBefore: failedBefore.current, helped: helpSeen() });
    checkState?.setCheck({
      code: currentCode(),
      outcome: passed ? "PASSED" : "FAILED",
      runsBefore: attemptsBefore.current,
      proposed,
      summary: passed
        ? `Your ${isSql ? "query" : "code"} passed${failedBefore.current === 0 ? " on the first submission" : ` after ${failedBefore.current} failed submission${failedBefore.current === 1 ? "" : "s"}`}${helpSeen() ? ", with help" : ""}.`
        : `Your ${isSql ? "query" : "code"} did not pass yet.`,
    });
    if (!passed) failedBefore.current += 1;
    setStatus(`${text} Suggested grade: ${GRADE_LABELS[proposed]}.`);
  };

  const go = async (mode: "run" | "submit") => {
    // A ref, not the state: a key pressed just as a run ends must see it ended.
    if (running.current) return;
    draft.flush();
    // Refused before a runtime loads: nothing to run, or far more than an answer.
    const problem = codeInputProblem(currentCode(), spec.language);
    if (problem) {
      setShown({ kind: "input", message: problem });
      setStatus(problem);
      return;
    }
    running.current = true;
    setBusy(mode);
    setStatus(
      isSql
        ? "Running your query… (the first run loads PostgreSQL, a few seconds)"
        : "Running your code… (the first run loads Python, a few seconds)",
    );
    try {
      if (isSql) await runSql(mode === "submit");
      else await runPython(mode === "submit");
    } finally {
      attemptsBefore.current += 1;
      running.current = false;
      setBusy(null);
    }
  };

  const warm = () => (isSql ? sqlRunner.warm() : pythonRunner.warm());
  const schema = isSql
    ? Object.fromEntries(spec.tables.map((t) => [t.name, t.columns.map((c) => c.name)]))
    : undefined;
  const helpId = `${headingId}-help`;

  return (
    <section aria-labelledby={headingId} className="grid min-w-0 gap-3 rounded-xl border p-4 sm:p-5">
      <Heading id={headingId} className="text-subheading">
        Write and run your answer
      </Heading>
      <p id={helpId} className="text-sm text-muted-foreground">
        {isSql
          ? "One PostgreSQL query (WITH … SELECT is fine), run on a fresh copy of the tables below."
          : "Python 3, standard library only."}{" "}
        <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Enter</kbd> submits (
        <kbd>⌘</kbd> on a Mac). Tab indents; press <kbd>Esc</kbd> then <kbd>Tab</kbd> to leave the editor.
      </p>
      {spec.language === "sql" && spec.tables.length > 0 ? (
        <ul className="grid gap-1 text-sm" aria-label="Tables">
          {spec.tables.map((table) => (
            <li key={table.name} className="min-w-0 break-words">
              <code className="font-mono font-semibold">{table.name}</code>{" "}
              <span className="font-mono text-xs text-muted-foreground">
                ({table.columns.map((c) => `${c.name} ${c.type}`).join(", ")})
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {draft.initial === null ? (
        <p className="rounded-md border p-3 text-sm text-muted-foreground">Loading your code…</p>
      ) : (
        <CodeEditor
          key={editorKey}
          language={spec.language}
          initial={startFrom ?? draft.initial}
          schema={schema}
          label={isSql ? "Your SQL query" : "Your Python code"}
          describedBy={helpId}
          errorMark={errorMark}
          onChange={(value) => {
            code.current = value;
            draft.changed(value);
          }}
          onRun={() => void go("run")}
          onSubmit={() => void go("submit")}
          onFocus={warm}
        />
      )}
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant="outline"
          disabled={busy !== null || draft.initial === null}
          onClick={() => void go("run")}
        >
          {busy === "run" ? "Running…" : "Run"}
        </Button>
        <Button
          size="sm"
          disabled={busy !== null || draft.initial === null}
          onClick={() => void go("submit")}
        >
          {busy === "submit" ? "Checking…" : "Submit"}
        </Button>
        {spec.language === "python" ? (
          <Button
            size="sm"
            variant="ghost"
            disabled={busy !== null}
            onClick={() => {
              code.current = null;
              setStartFrom(starter);
              draft.changed(starter);
              setEditorKey((k) => k + 1);
            }}
          >
            Start over
          </Button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" className="text-sm empty:hidden">
        {status}
      </p>
      {draft.problem ? (
        <p role="alert" className="text-sm text-warning">
          {draft.problem}
        </p>
      ) : null}
      {shown?.kind === "input" ? (
        <p className="rounded-md border border-warning/60 bg-warning/10 p-3 text-sm">{shown.message}</p>
      ) : null}
      <RunResults shown={shown} />
    </section>
  );
}
