import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

// `npm test`: every check CI runs, in order of speed, each reported with its time. All steps run
// even after a failure, so one run shows everything that is wrong.

const root = fileURLToPath(new URL("..", import.meta.url));

const steps: [name: string, script: string][] = [
  ["typecheck", "typecheck"],
  ["lint", "lint"],
  ["content check", "content:check"],
  ["unit tests", "test:unit"],
  ["integration tests", "test:integration"],
  ["end-to-end tests", "test:e2e"],
];

function runScript(script: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "--silent", script], { cwd: root, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const [name, script] of steps) {
  console.log(`\n=== ${name} (npm run ${script}) ===`);
  const started = Date.now();
  const code = await runScript(script);
  results.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

console.log("\n=== summary ===");
for (const { name, ok, seconds } of results) {
  console.log(`${ok ? "pass" : "FAIL"}  ${name} (${seconds.toFixed(1)} s)`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
