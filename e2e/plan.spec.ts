import { chooseRoles, newEmail, signUp, signUpAsDataScientistAimingAtMle } from "./accounts-helpers";
import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures";

// Issue 7: a Data Scientist aiming at ML Engineer who rates themselves low on MLOps, Docker and
// Kubernetes sees them at the top of the plan with their numbers; successful practice on MLOps
// moves it down and raises readiness.

const LOW = ["MLOps", "Docker", "Kubernetes"];

async function readiness(page: Page): Promise<number> {
  return Number((await page.getByTestId("readiness").textContent())?.replace("%", ""));
}

async function gapNames(page: Page): Promise<string[]> {
  return page.getByRole("list", { name: "Skill gaps, largest first" }).locator("h2 a").allTextContents();
}

test("the plan puts low-rated skills first, with numbers, and practice moves them down", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  await signUp(page, newEmail("plan"), { skipOnboarding: false });
  await chooseRoles(page, { current: "Data Scientist", target: "Machine Learning Engineer" });
  await expectAccessible();

  const groups = page.getByRole("group");
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    const name = (await group.locator("legend span").first().textContent()) ?? "";
    const low = LOW.includes(name.trim());
    await group
      .locator("label")
      .filter({ hasText: low ? "New to it" : "Could teach it" })
      .click();
  }
  await page.getByRole("button", { name: "Save and see my plan" }).click();
  await expect(page).toHaveURL(/\/plan$/);
  await expectAccessible();

  const before = await gapNames(page);
  for (const skill of LOW) expect(before.slice(0, 5)).toContain(skill);
  const mlops = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /MLOps/ }) });
  await expect(mlops.getByText(/gap 0\.\d\d = 0\.\d\d × \(1 − 0\.00\)/)).toBeVisible();
  await expect(mlops.getByText(/self-rated 1\/5/)).toBeVisible();
  const readinessBefore = await readiness(page);

  for (const slug of [
    "batch-vs-real-time-inference-for-three-models",
    "design-a-feature-store-for-training-and-serving",
    "detect-and-prevent-training-serving-skew",
  ]) {
    await page.goto(`/questions/${slug}`);
    await page.getByText("Show the answer", { exact: true }).click();
    await page.getByRole("button", { name: /^Good/ }).click();
    await expect(page.getByText(/^Recorded Good\./)).toBeVisible();
  }

  await page.goto("/plan");
  const after = await gapNames(page);
  expect(after.indexOf("MLOps") === -1 || after.indexOf("MLOps") > before.indexOf("MLOps")).toBe(true);
  expect(await readiness(page)).toBeGreaterThan(readinessBefore);
  await page.goto("/dashboard");
  await expect(page.getByText("3 questions practised").first()).toBeVisible();
});

test("signed in, the methodology page works the example with the visitor's own numbers", async ({ page }) => {
  await signUpAsDataScientistAimingAtMle(page, "own-numbers");
  const readiness = (await page.getByTestId("readiness").textContent()) ?? "";

  await page.goto("/methodology");
  const own = page.getByRole("region", { name: "With your numbers" });
  await expect(own).toBeVisible();
  await expect(own.getByText(new RegExp(`that is ${readiness.replace("%", "")}% ready$`))).toBeVisible();
});
