import { readFile } from "node:fs/promises";
import path from "node:path";

import { chooseRoles, newEmail, signUp, signUpAsDataScientistAimingAtMle } from "./accounts-helpers";
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

// Issue 13: SQL and Python answered and checked in the browser. A new user solves a SQL question
// wrongly (and sees how), then rightly; the attempt is recorded with its outcome and the plan counts
// it as checked. The same for a Python question. Endless runs are stopped and the next run works.
// Everything is typed and submitted from the keyboard.

const SQL_QUESTION = "driver-leaderboard-row-number-rank-dense-rank";
const PYTHON_QUESTION = "batch-a-stream-into-fixed-size-padded-batches";

/** A fenced block of a question file, as content:check reads it (the solution, never copied here). */
async function block(slug: string, folder: string, info: string): Promise<string> {
  const file = await readFile(path.join("content", "questions", folder, `${slug}.md`), "utf8");
  const match = new RegExp("```" + info + "\\n([\\s\\S]*?)```").exec(file);
  if (!match) throw new Error(`${slug} has no ${info} block`);
  return match[1]!;
}

/** Replaces the editor's text from the keyboard and submits (or runs) with the editor's shortcut. */
async function typeAndSend(page: Page, editorName: string, code: string, action: "run" | "submit") {
  const editor = page.getByRole("textbox", { name: editorName });
  await editor.focus();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
  await page.keyboard.press(action === "run" ? "ControlOrMeta+Enter" : "ControlOrMeta+Shift+Enter");
}

const status = (page: Page) => page.locator("section[aria-labelledby^='code-'] p[role=status]");

test("a new user solves a SQL question wrongly, then rightly, and the plan counts it as checked", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  // Aiming at Data Scientist, whose postings ask for SQL most: it is on the dashboard and the plan.
  await signUp(page, newEmail("runner-sql"), { skipOnboarding: false });
  await chooseRoles(page, { target: "Data Scientist" });
  await page.getByRole("button", { name: "Save and see my plan" }).click();
  await expect(page).toHaveURL(/\/plan/);
  const solution = await block(SQL_QUESTION, "sql", "sql solution");

  await page.goto(`/questions/${SQL_QUESTION}`);
  await expect(page.getByRole("heading", { name: "Write and run your answer" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Tables" })).toContainText("trips");

  // Wrong: one column instead of the question's columns. The verdict says how, not what.
  await typeAndSend(page, "Your SQL query", "SELECT driver_id FROM trips", "submit");
  await expect(status(page)).toContainText("Not yet: the result differs.", { timeout: 30_000 });
  await expect(page.getByText("Not yet: your result differs from the right one.")).toBeVisible();
  await expect(page.getByText(/^The result has 1 column; the question asks for \d+\.$/)).toBeVisible();
  await expectAccessible();

  // A syntax error is PostgreSQL's own, with its position.
  await typeAndSend(page, "Your SQL query", "SELEC 1", "run");
  await expect(page.getByText('syntax error at or near "SELEC"', { exact: true })).toBeVisible();
  await expect(page.getByText("At character 1, marked in the editor.")).toBeVisible();

  // Right.
  await typeAndSend(page, "Your SQL query", solution, "submit");
  await expect(page.getByText("Correct: your result matches.")).toBeVisible();
  const legend = page.getByText(/passed after 1 failed submission\. Suggested grade: Hard\./);
  await expect(legend).toBeVisible();
  const hard = page.getByRole("button", { name: /Hard/ });
  await hard.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Recorded Hard\./)).toBeVisible();
  await expect(hard).toHaveAttribute("aria-pressed", "true");

  // The code is kept on the account and comes back.
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Your SQL query" })).toContainText("DENSE_RANK");

  await page.goto("/plan");
  const others = page.getByText(/^The other \d+ skills/);
  if (await others.count()) await others.click();
  await expect(page.getByText(/1 question practised, checked by the runner/).first()).toBeVisible();
  await page.goto("/dashboard");
  await expect(page.getByText("1 question practised, checked by the runner").first()).toBeVisible();
});

test("a Python question: failing tests with expected and got, then all passing; endless runs are stopped", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  await signUpAsDataScientistAimingAtMle(page, "runner-python");
  const solution = await block(PYTHON_QUESTION, "python", "python solution");

  await page.goto(`/questions/${PYTHON_QUESTION}`);
  const editorName = "Your Python code";
  await expect(page.getByRole("textbox", { name: editorName })).toContainText("def batched");

  // A wrong answer: the tests fail, each with what was expected and what came back.
  await typeAndSend(
    page,
    editorName,
    "def batched(iterable, size, pad=None):\n    return iter([])",
    "submit",
  );
  await expect(status(page)).toContainText(/^\d+ of \d+ tests pass\./, { timeout: 60_000 });
  await expect(page.getByText(/^expected .+, got \[\]$/).first()).toBeVisible();
  await expectAccessible();

  // An exception names its line in the person's code.
  await typeAndSend(page, editorName, "x = 1\nprint(x)\nopen('/etc/passwd')", "run");
  await expect(page.getByText(/FileNotFoundError \(line 3\)/)).toBeVisible();

  // An endless loop is stopped after the limit, and the next run works.
  await typeAndSend(page, editorName, "while True:\n    pass", "run");
  await expect(status(page)).toContainText("Stopped after 10 seconds.", { timeout: 30_000 });
  await typeAndSend(page, editorName, "print('still here')", "run");
  await expect(status(page)).toHaveText("Ran.", { timeout: 60_000 });
  await expect(page.getByRole("region", { name: "Output" }).or(page.getByLabel("Output"))).toContainText(
    "still here",
  );

  // Right: every test passes, on the first passing submission after a failed one.
  await typeAndSend(page, editorName, solution, "submit");
  await expect(status(page)).toContainText(/^Correct: all \d+ tests pass\./, { timeout: 30_000 });
  const hard = page.getByRole("button", { name: /Hard/ });
  await hard.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^Recorded Hard\./)).toBeVisible();
});

test("SQL that never ends is stopped and the next run works; the runner reads well at 360 px in dark mode", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  const workerPolicies: string[] = [];
  page.on("response", (response) => {
    if (response.url().includes("turbopack-worker-"))
      workerPolicies.push(response.headers()["content-security-policy"] ?? "none");
  });
  const pageResponse = await page.goto(`/questions/${SQL_QUESTION}`);
  // WebAssembly is allowed in the runner's worker only, never on the page itself.
  expect(pageResponse?.headers()["content-security-policy"]).not.toContain("wasm-unsafe-eval");

  await typeAndSend(page, "Your SQL query", "SELECT pg_sleep(600)", "run");
  await expect(status(page)).toContainText("Stopped after 5 seconds.", { timeout: 40_000 });
  await typeAndSend(page, "Your SQL query", "SELECT 'ünïcode' AS \"名前\"", "run");
  await expect(status(page)).toContainText("Ran: 1 rows.", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Query result" })).toContainText("名前");
  expect(workerPolicies.length).toBeGreaterThan(0);
  for (const policy of workerPolicies) expect(policy).toContain("'wasm-unsafe-eval'");

  // An empty editor is answered at once, without loading anything.
  await typeAndSend(page, "Your SQL query", "  ;", "run");
  await expect(status(page)).toHaveText("Write a query first.");

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible();
  await page.screenshot({ path: "test-results/runner-360-dark.png", fullPage: true });
});
