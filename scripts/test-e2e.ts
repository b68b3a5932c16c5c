import { spawn } from "node:child_process";
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { E2E_DB_DIR } from "../e2e/e2e-env";

import { findChromium } from "./lib/chromium";
import { checkClientBundle } from "./lib/client-bundle-check";

// `npm run test:e2e`: build the app for production on a fresh embedded database, then run the
// Playwright specs against `next start` in the system's Chromium. Without a Chromium this says how
// to get one and passes, unless REQUIRE_E2E=1 (CI), where a missing browser is a failure.

const root = fileURLToPath(new URL("..", import.meta.url));

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<number> {
  const chromium = findChromium();
  if (!chromium) {
    const required = process.env.REQUIRE_E2E === "1";
    console.log(
      `[e2e] ${required ? "FAILED" : "Skipped"}: no Chromium found (looked at CHROMIUM_PATH, /usr/bin/chromium). ` +
        "Install one with `sudo apt-get install chromium` (Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    return required ? 1 : 0;
  }
  console.log(`[e2e] Using ${chromium}.`);
  // The end-to-end database starts empty every run, apart from the developer's own data in .data/pglite.
  await rm(path.join(root, E2E_DB_DIR), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: "",
    EMBEDDED_DB_DIR: E2E_DB_DIR,
    CHROMIUM_PATH: chromium,
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const built = await run(process.execPath, ["--import", "tsx", "scripts/run-app.ts", "build"], env);
  if (built !== 0) return built;
  const leaks = await checkClientBundle(path.join(root, ".next"));
  if (leaks.length > 0) {
    console.error(
      `[e2e] Server code in the browser bundle:\n${leaks.map((leak) => `  - ${leak}`).join("\n")}`,
    );
    return 1;
  }
  console.log("[e2e] Client bundle check passed: no server code in the browser's chunks.");
  return run(path.join(root, "node_modules/.bin/playwright"), ["test", ...process.argv.slice(2)], env);
}

process.exitCode = await main();
