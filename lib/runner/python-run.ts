// What a Python run answers (the JSON lib/runner/python-harness.ts prints), apart from the
// harness itself: the code panel needs these types and the verdict, not the harness's text.

export interface PythonError {
  type: string;
  message: string;
  /** The line in the person's code, when the error happened there. */
  line: number | null;
  where: string;
}

export interface PythonCase {
  source: string;
  passed: boolean;
  expected: string | null;
  got: string | null;
  error: PythonError | null;
}

export interface PythonRun {
  stdout: string;
  stdoutCut: boolean;
  error: PythonError | null;
  /** null for a plain run; the cases for a check (empty when the code failed before the tests). */
  cases: PythonCase[] | null;
}

export function pythonPassed(run: PythonRun): boolean {
  return run.error === null && run.cases !== null && run.cases.length > 0 && run.cases.every((c) => c.passed);
}
