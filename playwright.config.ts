import { defineConfig, devices } from "@playwright/test";

import { findChromium } from "./scripts/lib/chromium";

// End-to-end tests run the production build (`next build` by scripts/test-e2e.ts, then `next start`
// here) on its own embedded database, in the system's Chromium: Playwright never downloads a browser.

const port = 3100;
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
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
          ],
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
      EMBEDDED_DB_DIR: ".data/e2e-pglite",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: "",
      ALLOW_TEST_CLOCK: "1",
    },
  },
});
