import { expect, test } from "./fixtures";

test.describe("question bank", () => {
  test("search, filter and share a view through the URL", async ({ page, expectAccessible }) => {
    await page.goto("/questions");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interview questions");
    await expectAccessible();

    await page.getByLabel("Search titles, questions and answers").fill("window function");
    await page.getByLabel("Kind").selectOption("sql");
    await page.getByRole("button", { name: "Search" }).click();
    // A plain GET form: the URL holds the whole view, so it can be shared or bookmarked.
    await expect(page).toHaveURL(/\/questions\?q=window\+function&.*kind=sql/);
    const results = page.getByRole("main").getByRole("list").first().getByRole("listitem");
    await expect(results.first()).toBeVisible();
    await expect(page.getByText(/\d+ questions? matching “window function”/)).toBeVisible();
    await expect(page.getByLabel("Kind")).toHaveValue("sql");
    await expectAccessible();

    await results.first().getByRole("link").click();
    await expect(page).toHaveURL(/\/questions\/[a-z0-9-]+$/);
    await expect(page.getByRole("heading", { name: "The question" })).toBeVisible();
    await page.getByText("Show the answer").click();
    await expect(page.locator("pre.shiki").first()).toBeVisible();
    await expectAccessible();
  });

  test("odd input gets a normal page with a note, never an error", async ({ page }) => {
    for (const query of [
      `?q=${encodeURIComponent(`"bias" 50% a_b \\ 🚀 DROP TABLE users; --`)}`,
      `?q=${"x".repeat(2000)}`,
      "?skill=quantum-sql&difficulty=trivial",
      "?page=999",
      "?page=-3",
    ]) {
      const response = await page.goto(`/questions${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    await page.goto("/questions?skill=quantum-sql");
    await expect(page.getByRole("main").getByRole("status")).toContainText('There is no skill "quantum-sql"');
    await page.goto("/questions?page=999");
    await expect(page.getByRole("main").getByRole("status")).toContainText("There is no page 999");
  });

  test("a search with no results says so and offers a way on", async ({ page, expectAccessible }) => {
    await page.goto("/questions?q=zzzyzzy");
    await expect(page.getByText(/no questions match/i)).toBeVisible();
    await expect(page.getByRole("link", { name: "browse every question" })).toHaveAttribute(
      "href",
      "/questions",
    );
    await expectAccessible();
  });

  test("a skill page shows the demand by role and its questions", async ({ page, expectAccessible }) => {
    await page.goto("/skills/sql");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("SQL");
    await expect(
      page.getByRole("figure", { name: /share of each role's postings that ask for sql/i }),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: /\d+ questions/ })).toBeVisible();
    await expectAccessible();
  });

  test("a question's answer and highlighted code are readable in dark mode", async ({
    page,
    expectAccessible,
  }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/questions/repeat-purchase-rate-by-signup-cohort");
    await page.getByText("Show the answer").click();
    await expect(page.locator("pre.shiki").first()).toBeVisible();
    await expectAccessible();
  });

  test("hints appear one at a time", async ({ page }) => {
    await page.goto("/questions/repeat-purchase-rate-by-signup-cohort");
    await expect(page.getByText("Hint 1")).toBeVisible();
    await expect(page.getByText("Hint 2")).toBeHidden();
    await page.getByText("Hint 1").click();
    await expect(page.getByText("Hint 2")).toBeVisible();
  });

  test("an unknown question is a 404", async ({ page }) => {
    const response = await page.goto("/questions/no-such-question");
    expect(response?.status()).toBe(404);
  });
});
