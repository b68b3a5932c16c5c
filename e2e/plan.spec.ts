import { chooseRoles, newEmail, signUp, signUpAsDataScientistAimingAtMle } from "./accounts-helpers";
import type { Locator, Page } from "@playwright/test";

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

test.describe("on a wide screen", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("the dashboard's activity chart and mock interviews stand beside the long mastery list at their own heights", async ({
    page,
  }) => {
    await signUpAsDataScientistAimingAtMle(page, "dashboard-columns");
    await page.goto("/dashboard");
    const mastery = page.locator("#mastery");
    // The premise: with a target role the mastery list is long (its 15 most asked skills).
    await expect(mastery.getByRole("listitem")).toHaveCount(15);
    const box = async (card: Locator, name: string) => {
      const found = await card.boundingBox();
      if (!found) throw new Error(`The dashboard shows no ${name}`);
      return found;
    };
    const list = await box(mastery, "mastery list");
    const activity = await box(page.locator("#activity"), "activity chart");
    const mocks = await box(page.getByRole("region", { name: "Mock interviews" }), "mock interviews");
    expect(activity.x, "the activity chart is in the right-hand column").toBeGreaterThan(list.x + list.width);
    expect(activity.height, "the activity chart is not stretched to the list's length").toBeLessThan(
      list.height / 2,
    );
    expect(mocks.x, "mock interviews are under the activity chart").toBe(activity.x);
    expect(mocks.y).toBeGreaterThan(activity.y + activity.height);
    expect(mocks.y + mocks.height, "…and beside the list, not below it").toBeLessThan(list.y + list.height);
  });
});
