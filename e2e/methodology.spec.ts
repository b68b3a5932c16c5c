import { expect, test } from "./fixtures";

const DS_VS_MLE = "/compare/data-scientist-vs-machine-learning-engineer";

test.describe("methodology", () => {
  test("shows every source with its month, the formulas with the code's constants, and a worked example", async ({
    page,
    expectAccessible,
  }) => {
    const response = await page.goto("/methodology");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the numbers are made");

    const sources = page.getByRole("region", { name: "Data sources" });
    const dsVsMle = sources
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: /Data Scientist vs Machine Learning Engineer 2026/ }) });
    await expect(dsVsMle).toContainText("InterviewStack.io");
    await expect(dsVsMle).toContainText("June 2026");
    await expect(dsVsMle.getByRole("link")).toHaveAttribute("href", /^https:\/\/interviewstack\.io\//);

    const model = page.getByRole("region", { name: "The model" });
    await expect(model).toContainText("g(s) = dT(s) · (1 − m(s))");
    await expect(model).toContainText("readiness = Σs dT(s) · m(s) / Σs dT(s)");
    await expect(model).toContainText("m0(s) = (rating − 1) / 4");
    await expect(model).toContainText("dB(s) − dA(s)");
    await expect(model).toContainText(
      "In words: the gap for s is the demand for s times one minus your mastery",
    );
    // The constants are read from lib/recommendations/model.ts.
    const weights = model.getByRole("table", { name: "Difficulty weight" });
    await expect(weights.getByRole("row", { name: /Hard/ })).toContainText("2");
    await expect(weights.getByRole("row", { name: /Medium/ })).toContainText("1.5");
    const confidence = model.getByRole("table", { name: "Grade confidence" });
    await expect(confidence.getByRole("row", { name: /Again/ })).toContainText("0");
    await expect(confidence.getByRole("row", { name: /Hard/ })).toContainText("0.6");
    await expect(model).toContainText("halves every 30 days and never falls below 0.05");
    await expect(model).toContainText("below 0.4, easy questions; below 0.7, medium");

    const example = page.getByRole("region", { name: "A worked example" });
    await expect(example).toContainText("An illustration, not anyone's real progress.");
    await expect(example).toContainText("Machine Learning Engineer skill shares from InterviewStack.io");
    const steps = example.getByRole("listitem");
    await expect(steps).toHaveCount(3);
    await expect(steps.first()).toHaveText(/^[^:]+: \d\.\d\d × \(1 − \d\.\d\d\) = \d\.\d\d/);
    // Up to eight skills the sums are written out term by term, beyond that as totals.
    await expect(
      example.getByText(
        /^Readiness = (\(\d\.\d\d × \d\.\d\d( \+ \d\.\d\d × \d\.\d\d)*\) \/ \(.+\)|Σ demand × mastery \/ Σ demand over \d+ skills)$/,
      ),
    ).toBeVisible();
    await expect(example.getByText(/^= \d\.\d\d \/ \d\.\d\d$/)).toBeVisible();
    await expect(example.getByText(/^= \d\.\d\d, that is \d+% ready$/)).toBeVisible();
    // Signed out, the page offers the same arithmetic with the visitor's own numbers.
    await expect(example.getByText("to see this worked out with your own numbers.")).toBeVisible();

    await expectAccessible();
  });

  test("fits a 360 px screen in dark mode", async ({ page, expectAccessible }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/methodology");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible();
  });

  test("the footer leads to it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: "Methodology" }).first().click();
    await expect(page).toHaveURL("/methodology");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How the numbers are made");
  });
});

test.describe("role comparison: moving between the roles", () => {
  test("DS vs MLE lists the skills to learn first in each direction, linking into the question bank", async ({
    page,
    expectAccessible,
  }) => {
    await page.goto(DS_VS_MLE);
    const section = page.getByRole("region", { name: /learn these first/i });
    await expect(section).toContainText("dB(s) − dA(s)");
    await expect(section.getByRole("link", { name: "How the numbers are made" })).toHaveAttribute(
      "href",
      "/methodology",
    );
    await expect(
      section.getByRole("link", { name: "Sign in for a plan from your own practice" }),
    ).toHaveAttribute("href", "/sign-in?next=%2Fplan");

    const toMle = section.getByRole("table", {
      name: /moving from data scientist to machine learning engineer/i,
    });
    await expect(toMle.getByRole("row")).toHaveCount(9); // the header and the top 8
    const pytorch = toMle.getByRole("row", { name: /PyTorch/ });
    await expect(pytorch).toContainText("13%");
    await expect(pytorch).toContainText("42%");
    await expect(pytorch).toContainText("+29 points");
    await expect(toMle.getByRole("row", { name: /Docker/ })).toContainText("not reported");

    const toDs = section.getByRole("table", {
      name: /moving from machine learning engineer to data scientist/i,
    });
    await expect(toDs.getByRole("row", { name: /Statistics/ })).toContainText("+26 points");

    await expectAccessible();

    await pytorch.getByRole("link", { name: "PyTorch" }).click();
    await expect(page).toHaveURL(/\/questions\?skill=pytorch$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("PyTorch interview questions");
  });
});
