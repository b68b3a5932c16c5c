import { spawnSync } from "node:child_process";

import { beforeAll, describe, expect, it } from "vitest";

import { PYTHON_HARNESS } from "./python-harness";
import { pythonPassed, type PythonRun } from "./python-run";

// The harness run by python3, as content:check runs it (the browser runs the same text in Pyodide).
const hasPython = spawnSync("python3", ["--version"]).status === 0;

function run(code: string, tests: string | null = null): PythonRun {
  const result = spawnSync("python3", ["-I", "-c", PYTHON_HARNESS], {
    input: JSON.stringify({ code, tests }),
  });
  return JSON.parse(result.stdout.toString()) as PythonRun;
}

describe.runIf(hasPython)("the Python harness", () => {
  it("runs the tests case by case, with expected and got for each", () => {
    const answer = run(
      "def double(x):\n    print('called')\n    return x * 2",
      "check(double(2), 4)\ncheck(double(0.1), 0.2)\ncheck(double(3), 7)",
    );
    expect(answer.cases?.map((c) => [c.source, c.passed, c.expected, c.got])).toEqual([
      ["double(2)", true, "4", "4"],
      ["double(0.1)", true, "0.2", "0.2"],
      ["double(3)", false, "7", "6"],
    ]);
    expect(answer.stdout).toBe("called\ncalled\ncalled\n");
    expect(pythonPassed(answer)).toBe(false);
  });

  it("compares floats within a tolerance, lists and tuples by element, and booleans strictly", () => {
    const answer = run(
      "def f():\n    return [0.1 + 0.2, (1, 2)]\ndef g():\n    return 1",
      "check(f(), [0.3, [1, 2]])\ncheck(g(), True)\ncheck(1.0005, 1, tol=1e-3)\ncheck_raises(ZeroDivisionError, lambda: 1 / 0)",
    );
    expect(answer.cases?.map((c) => c.passed)).toEqual([true, false, true, true]);
  });

  it("reports an exception with its type and the line in the person's code", () => {
    const answer = run("def f(xs):\n    total = 0\n    return total / len(xs)", "check(f([]), 0)");
    expect(answer.cases?.[0]?.error).toMatchObject({
      type: "ZeroDivisionError",
      line: 3,
      where: "your code",
    });
    expect(run("x = 1\nimport sys\nsys.exit(3)").error).toMatchObject({ type: "SystemExit", line: 3 });
    expect(run("def f(n):\n    return f(n + 1)\nf(0)").error).toMatchObject({ type: "RecursionError" });
    expect(run("def f(:\n  pass").error).toMatchObject({ type: "SyntaxError", line: 1 });
  });

  it("takes unicode identifiers, and reports reading a missing file with its line", () => {
    const answer = run(
      "def moyenne(données):\n    return sum(données) / len(données)",
      "check(moyenne([1, 2]), 1.5)",
    );
    expect(pythonPassed(answer)).toBe(true);
    expect(run("x = 1\nopen('data.csv').read()").error).toMatchObject({ type: "FileNotFoundError", line: 2 });
  });

  it("cuts output over 1 MB and says so", () => {
    const answer = run("print('x' * 2_000_000)");
    expect(answer.stdoutCut).toBe(true);
    expect(answer.stdout.length).toBe(1_000_000);
  });

  it("runs no tests when the code fails first, and a test block without checks passes nothing", () => {
    expect(run("raise ValueError('no')", "check(1, 1)").cases).toEqual([]);
    expect(pythonPassed(run("x = 1", "y = 2"))).toBe(false);
  });
});

// The browser runs the harness in Pyodide: the same answers must come back through its JSON bridge
// (a bug once turned Python's None into undefined there, so a full pass read as a failure).
describe("the Python harness in Pyodide", () => {
  let runJson: (text: string) => string;
  beforeAll(async () => {
    const { loadPyodide } = await import("pyodide");
    const pyodide = await loadPyodide();
    pyodide.setStdin({ stdin: () => null });
    pyodide.runPython(PYTHON_HARNESS);
    const globals = pyodide.globals as unknown as { get(name: string): unknown };
    runJson = globals.get("run_json") as (text: string) => string;
  }, 60_000);

  const inPyodide = (code: string, tests: string | null = null) =>
    JSON.parse(runJson(JSON.stringify({ code, tests }))) as PythonRun;

  it("answers a plain run and a passing check exactly as python3 does", () => {
    expect(inPyodide("print('hi')")).toEqual({ stdout: "hi\n", stdoutCut: false, error: null, cases: null });
    const passing = inPyodide("def f(x):\n    return x + 1", "check(f(1), 2)");
    expect(passing.error).toBeNull();
    expect(pythonPassed(passing)).toBe(true);
    if (hasPython) expect(passing).toEqual(run("def f(x):\n    return x + 1", "check(f(1), 2)"));
  });

  it("reports input() at end of file and a missing file with their lines", () => {
    expect(inPyodide("x = 1\nname = input()").error).toMatchObject({ type: "EOFError", line: 2 });
    expect(inPyodide("open('/etc/passwd')").error).toMatchObject({ type: "FileNotFoundError", line: 1 });
  });
});
