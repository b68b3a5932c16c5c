// The Python side of the code runner (issue 13): runs a person's code, captures what it prints,
// and runs a question's `python tests` block against it, case by case. The same program runs in
// the browser (Pyodide in a Web Worker) and in `npm run content:check` (python3), so a question
// whose own solution fails its tests cannot land. It is kept as text here because both sides load
// it as text; it uses the standard library only.
//
// Protocol: the program defines run_json(text) -> text. In python3, `python3 -I -c HARNESS` reads
// the request as JSON on stdin and prints the answer as JSON; Pyodide calls run_json. The request is
//   { "code": str, "tests": str | null }
// and the answer is
//   { "stdout": str, "stdoutCut": bool,
//     "error": null | { "type", "message", "line" (in the person's code, or null), "where" },
//     "cases": null | [ { "source", "passed", "expected", "got", "error" } ] }
// (typed as PythonRun in ./python-run.ts).

export const PYTHON_HARNESS = String.raw`
import ast, io, json, math, sys, traceback

MAX_OUTPUT = 1_000_000
MAX_REPR = 300
YOUR_CODE = "<your code>"
TESTS = "<tests>"


class CappedOutput(io.StringIO):
    def __init__(self):
        super().__init__()
        self.size = 0
        self.cut = False

    def write(self, text):
        if self.size >= MAX_OUTPUT:
            self.cut = True
            return len(text)
        room = MAX_OUTPUT - self.size
        if len(text) > room:
            self.cut = True
            text = text[:room]
        self.size += len(text)
        return super().write(text)


def short_repr(value):
    try:
        text = repr(value)
    except Exception as error:  # a broken __repr__ must not break the report
        text = "<unprintable %s: %s>" % (type(value).__name__, error)
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 1] + "…"


def same(expected, got, tol):
    if isinstance(expected, bool) or isinstance(got, bool):
        return type(expected) is type(got) and expected == got
    if isinstance(expected, (int, float)) and isinstance(got, (int, float)):
        if isinstance(expected, float) or isinstance(got, float):
            if math.isnan(expected) or math.isnan(got):
                return math.isnan(expected) and math.isnan(got)
            if math.isinf(expected) or math.isinf(got):
                return expected == got
            return math.isclose(expected, got, rel_tol=tol, abs_tol=tol)
        return expected == got
    if isinstance(expected, (list, tuple)) and isinstance(got, (list, tuple)):
        return len(expected) == len(got) and all(same(e, g, tol) for e, g in zip(expected, got))
    if isinstance(expected, dict) and isinstance(got, dict):
        return expected.keys() == got.keys() and all(same(expected[k], got[k], tol) for k in expected)
    try:
        return bool(expected == got)
    except Exception:
        return False


def describe(error, filename):
    """An exception as the person should see it: type, message and the line in their code."""
    line = None
    where = None
    if isinstance(error, SyntaxError) and error.filename in (YOUR_CODE, TESTS):
        line = error.lineno
        where = "your code" if error.filename == YOUR_CODE else "the tests"
    else:
        for frame in traceback.extract_tb(error.__traceback__):
            if frame.filename == YOUR_CODE:
                line = frame.lineno
                where = "your code"
    if isinstance(error, SystemExit):
        message = "the program called sys.exit(%s); the runner needs it to finish normally" % (
            "" if error.code is None else short_repr(error.code))
    elif isinstance(error, SyntaxError):
        message = "%s%s" % (error.msg, "" if not error.text else ": " + error.text.strip()[:MAX_REPR])
    elif isinstance(error, RecursionError):
        message = "maximum recursion depth exceeded: the recursion does not stop, or goes too deep"
    else:
        message = str(error)
    return {"type": type(error).__name__, "message": message, "line": line, "where": where or filename}


def run_user_code(code, namespace, output):
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    try:
        exec(compile(code, YOUR_CODE, "exec"), namespace)
        return None
    except BaseException as error:  # SystemExit and KeyboardInterrupt included: report, never end
        return describe(error, "your code")
    finally:
        sys.stdout, sys.stderr = saved


def call_source(tests, node):
    return ast.get_source_segment(tests, node) or ast.unparse(node)


def run_tests(tests, namespace, output):
    try:
        tree = ast.parse(tests, TESTS)
    except SyntaxError as error:
        return [{"source": "the tests", "passed": False, "expected": None, "got": None,
                 "error": describe(error, "the tests")}]
    cases = []
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = output
    try:
        for statement in tree.body:
            call = statement.value if isinstance(statement, ast.Expr) else None
            name = call.func.id if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) else None
            if name == "check" and len(call.args) == 2:
                cases.append(run_check(tests, call, namespace))
            elif name == "check_raises" and len(call.args) >= 2:
                cases.append(run_check_raises(tests, call, namespace))
            else:
                module = ast.Module(body=[statement], type_ignores=[])
                try:
                    exec(compile(module, TESTS, "exec"), namespace)
                except BaseException as error:
                    cases.append({"source": call_source(tests, statement), "passed": False,
                                  "expected": None, "got": None, "error": describe(error, "the tests")})
    finally:
        sys.stdout, sys.stderr = saved
    return cases


def evaluate(node, namespace):
    return eval(compile(ast.Expression(body=node), TESTS, "eval"), namespace)


def run_check(tests, call, namespace):
    actual_node, expected_node = call.args
    source = call_source(tests, actual_node)
    tol = 1e-6
    try:
        for keyword in call.keywords:
            if keyword.arg == "tol":
                tol = evaluate(keyword.value, namespace)
        expected = evaluate(expected_node, namespace)
    except BaseException as error:
        return {"source": source, "passed": False, "expected": None, "got": None,
                "error": describe(error, "the tests")}
    try:
        got = evaluate(actual_node, namespace)
    except BaseException as error:
        return {"source": source, "passed": False, "expected": short_repr(expected), "got": None,
                "error": describe(error, "your code")}
    return {"source": source, "passed": same(expected, got, tol), "expected": short_repr(expected),
            "got": short_repr(got), "error": None}


def run_check_raises(tests, call, namespace):
    source = call_source(tests, call)
    try:
        wanted = evaluate(call.args[0], namespace)
        function = evaluate(call.args[1], namespace)
        args = [evaluate(arg, namespace) for arg in call.args[2:]]
    except BaseException as error:
        return {"source": source, "passed": False, "expected": None, "got": None,
                "error": describe(error, "the tests")}
    expected = "raises " + getattr(wanted, "__name__", short_repr(wanted))
    try:
        got = function(*args)
    except wanted:
        return {"source": source, "passed": True, "expected": expected, "got": expected, "error": None}
    except BaseException as error:
        return {"source": source, "passed": False, "expected": expected,
                "got": "raises " + type(error).__name__, "error": describe(error, "your code")}
    return {"source": source, "passed": False, "expected": expected,
            "got": "returns " + short_repr(got), "error": None}


def run(request):
    output = CappedOutput()
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    error = run_user_code(request["code"], namespace, output)
    cases = None
    if request.get("tests") is not None:
        if error is None:
            cases = run_tests(request["tests"], namespace, output)
        else:
            cases = []
    return {"stdout": output.getvalue(), "stdoutCut": output.cut, "error": error, "cases": cases}


def run_json(text):
    """run() with the request and the answer as JSON text, as both runtimes exchange them: JSON
    keeps null as null (Pyodide's own conversion turns None into undefined, null into jsnull)."""
    return json.dumps(run(json.loads(text)))


# python3 -c HARNESS: the request on stdin, the answer on stdout. Pyodide (sys.platform
# "emscripten") only defines the functions and calls run_json itself.
if __name__ == "__main__" and sys.platform != "emscripten":
    sys.__stdout__.write(run_json(sys.stdin.read()))
`;
