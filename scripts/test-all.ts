import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// `npm test`: every check CI runs, each reported with its time. All steps run even after a failure,
// so one run shows everything that is wrong. The three static checks run side by side (each is
// mostly one thread, and together they took three minutes one after another on a 2-core machine),
// their output printed whole as each ends; the test suites then run one at a time, since each uses
// every core, and the integration and end-to-end tests their own databases and ports.

const root = fileURLToPath(new URL("..", import.meta.url));

type Step = { name: string; script: string };

const sideBySide: Step[] = [
  { name: "typecheck", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "content check", script: "content:check" },
];
const inTurn: Step[] = [
  { name: "unit tests", script: "test:unit" },
  { name: "integration tests", script: "test:integration" },
  { name: "end-to-end tests", script: "test:e2e" },
];

type Result = { name: string; ok: boolean; seconds: number };

const header = ({ name, script }: Step) => `\n=== ${name} (npm run ${script}) ===`;

/** Runs an npm script; with `captured`, its output (stdout and stderr, in order) is returned, not shown. */
function runScript(script: string, captured: boolean): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script], {
      cwd: root,
      stdio: captured ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    const chunks: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.once("error", reject);
    child.once("close", (code) => resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString() }));
  });
}

async function runStep(step: Step, captured: boolean): Promise<Result> {
  if (!captured) console.log(header(step));
  const started = Date.now();
  const { code, output } = await runScript(step.script, captured);
  if (captured) process.stdout.write(`${header(step)}\n${output}`);
  return { name: step.name, ok: code === 0, seconds: (Date.now() - started) / 1000 };
}

const results = await Promise.all(sideBySide.map((step) => runStep(step, true)));
for (const step of inTurn) results.push(await runStep(step, false));

console.log("\n=== summary ===");
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? "pass" : "FAIL"}  ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
