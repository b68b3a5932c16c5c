import { newEmail, signUp, signUpAsDataScientistAimingAtMle } from "./accounts-helpers";
import { expect, test } from "./fixtures";

import type { Page } from "@playwright/test";

// Issue 16: an MLE candidate runs a 30-minute loop. The server's clock is moved with the
// test-clock cookie (lib/clock.ts), so a question's time runs out without waiting.

const DAY_SECONDS = 86_400;

async function moveClockBy(page: Page, seconds: number) {
  await page.context().addCookies([
    {
      name: "test-clock-offset-days",
      value: String(seconds / DAY_SECONDS),
      url: new URL(page.url()).origin,
    },
  ]);
}

test("an MLE candidate runs a 30-minute loop, lets one question time out, scores it and sees the plan move", async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(150_000);
  await signUpAsDataScientistAimingAtMle(page, "mock");
  const readinessBefore = await page.getByTestId("readiness").innerText();

  await page.goto("/mock");
  await expectAccessible();
  await expect(page.getByLabel(/Machine Learning Engineer loop \(for your target/)).toBeChecked();
  await expect(page.getByLabel("30 minutes")).toBeChecked();
  await expect(page.getByLabel(/Hide tags/)).toBeChecked();
  await page.getByRole("button", { name: "Start the mock" }).click();
  await expect(page).toHaveURL(/\/mock\/[a-z0-9]+$/);
  const mockUrl = page.url();

  // Question 1, coding: the clocks run; it is left to time out (8.5 minutes of 30).
  await expect(page.getByText("Question 1 of 4 · Coding")).toBeVisible();
  await expect(page.getByRole("group", { name: "Time left" })).toContainText(/This question\s*8:[0-9]{2}/);
  await expect(page.getByRole("group", { name: "Time left" })).toContainText(
    /Whole mock\s*(30:00|29:[0-9]{2})/,
  );
  await expectAccessible();
  await moveClockBy(page, 520);
  await page.reload();

  // Question 2, ML system design. An answer over 20,000 characters is refused with a message.
  await expect(page.getByText("Question 2 of 4 · ML system design")).toBeVisible();
  await expectAccessible();
  const answerBox = page.getByLabel("Your answer");
  await answerBox.fill("x".repeat(20_001));
  await expect(page.getByText("too long to save; shorten it.")).toBeVisible();
  await expect(answerBox).toHaveAttribute("aria-invalid", "true");
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText(/at most 20,000 characters: shorten it to move on/)).toBeVisible();
  await answerBox.fill(
    "Clarify the goal and constraints, define the offline metric and the online guardrails, sketch candidate generation then ranking, features and the training data, then serving, monitoring and retraining.",
  );
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // Leaving and coming back resumes where it was, answer included.
  await page.goto("/dashboard");
  await page.goto(mockUrl);
  await expect(page.getByLabel("Your answer")).toHaveValue(/Clarify the goal/);
  await page.getByRole("button", { name: "Next question" }).click();

  // Question 3, ML concepts; question 4, behavioral.
  await expect(page.getByText("Question 3 of 4 · ML concepts")).toBeVisible();
  await page
    .getByLabel("Your answer")
    .fill(
      "Bias is error from wrong assumptions, variance from sensitivity to the sample; regularise, get more data, or ensemble.",
    );
  await page.getByRole("button", { name: "Next question" }).click();
  await expect(page.getByText("Question 4 of 4 · Behavioral")).toBeVisible();
  await page
    .getByLabel("Your answer")
    .fill(
      "Situation, task, action, result: I led the migration, measured the impact and shared what I learned.",
    );
  await page.getByRole("button", { name: "Finish and score" }).click();

  // Scoring: each answer beside the model answer and its rubric.
  await expect(page.getByRole("heading", { name: "Score your mock", level: 1 })).toBeVisible();
  await expect(page.getByText(/time ran out/).first()).toBeVisible();
  await expect(page.getByText("Not submitted for checking: no marks for this question.")).toBeVisible();
  await expect(page.getByText("Model answer").first()).toBeVisible();
  await expectAccessible();
  const boxes = page.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThanOrEqual(9);
  for (const box of await boxes.all()) await box.check();
  await page.getByRole("button", { name: "Score this mock" }).click();

  // The report: three questions in full, the timed-out one at nothing.
  await expect(page.getByRole("heading", { name: "Mock report", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Overall: 75%" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Scores per question, scrolls sideways" })).toContainText(
    "time ran out",
  );
  await expect(page.getByRole("heading", { name: "What to practise next" })).toBeVisible();
  await expectAccessible();
  // At 360 px the table scrolls in its own region; the page itself does not scroll sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The answers became practice: the plan moved, and the dashboard lists the mock.
  await page.goto("/plan");
  await expect(page.getByTestId("readiness")).not.toHaveText(readinessBefore);
  await page.goto("/dashboard");
  await expect(
    page
      .getByRole("region", { name: "Mock interviews" })
      .or(page.locator("section", { has: page.getByRole("heading", { name: "Mock interviews" }) })),
  ).toContainText("75%");

  // A share link shows the report to anyone, without the email; revoked, it is gone.
  await page.goto(mockUrl);
  await page.getByRole("button", { name: "Make a share link" }).click();
  const shareLink = await page.locator("#share a").getAttribute("href");
  const sharedPath = new URL(shareLink!).pathname;
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(sharedPath);
  await expect(strangerPage.getByRole("heading", { name: "Mock interview report" })).toBeVisible();
  await expect(strangerPage.getByText("Overall: 75%")).toBeVisible();
  expect(await strangerPage.content()).not.toContain("@example.com");

  // Another person's mock is a 404, like one that does not exist.
  await signUp(strangerPage, newEmail("other"));
  const foreign = await strangerPage.goto(new URL(mockUrl).pathname);
  expect(foreign?.status()).toBe(404);
  await stranger.close();

  await page.getByRole("button", { name: "Revoke the link" }).click();
  await expect(page.getByRole("button", { name: "Make a share link" })).toBeVisible();
  const revoked = await page.request.get(sharedPath);
  expect(revoked.status()).toBe(404);
});
