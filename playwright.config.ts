import { defineConfig, devices } from "@playwright/test";

import {
  E2E_AUTH_SECRET,
  E2E_DB_DIR,
  E2E_DB_PORT,
  E2E_PORT,
  E2E_SITE_URL,
  E2E_SMTP_PORT,
} from "./e2e/e2e-env";
import { CHROMIUM_FLAGS, findChromium } from "./scripts/lib/chromium";

// End-to-end tests run the production build (`next build` by scripts/test-e2e.ts, then `next start`
// here) on its own embedded database, in the system's Chromium: Playwright never downloads a browser.

const port = E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  outputDir: "test-results",
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: findChromium() ?? undefined,
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: {
    command: `node --import tsx scripts/run-app.ts start -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    // ALLOW_TEST_CLOCK lets a spec move the server's clock with a cookie (lib/clock.ts).
    env: {
      EMBEDDED_DB_DIR: E2E_DB_DIR,
      EMBEDDED_DB_PORT: String(E2E_DB_PORT),
      AUTH_SECRET: E2E_AUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      ALLOW_TEST_CLOCK: "1",
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      SITE_URL: E2E_SITE_URL,
    },
  },
});
