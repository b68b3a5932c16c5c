import { newEmail, signUp } from "./accounts-helpers";
import { expect, test } from "./fixtures";

import type { Page } from "@playwright/test";

// Issue 17's 360 px pass: the pages a new candidate meets first, at 360 × 740 in light and dark,
// signed out and signed in. Each must fit the width, keep the header to two rows, pass axe, and
// leaves a full-page screenshot in test-results/first-use/ to look at.

const PUBLIC_PAGES = [
  "/",
  "/roles/machine-learning-engineer",
  "/compare/data-scientist-vs-machine-learning-engineer",
  "/questions",
  "/questions/keras-gradienttape-custom-train-step",
  "/methodology",
];
const PERSONAL_PAGES = ["/dashboard", "/plan", "/practice"];

/** Two rows of the header at 360 px: the logo row and the nav row (each about 40–48 px). */
const HEADER_MAX_HEIGHT = 104;

async function checkAt360(page: Page, path: string, scheme: "light" | "dark", label: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} (${scheme}) scrolls sideways`).toBeLessThanOrEqual(0);
  const header = await page.getByRole("banner").boundingBox();
  expect(header?.height ?? 0, `${path} (${scheme}): the header wraps to a third row`).toBeLessThanOrEqual(
    HEADER_MAX_HEIGHT,
  );
  const name = `${label}${path === "/" ? "-home" : path.replaceAll(/[/?=&]+/g, "-")}-${scheme}`;
  await page.screenshot({ path: `test-results/first-use/${name}.png`, fullPage: true });
}

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the public pages fit, keep the header to two rows and pass axe, light and dark", async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of PUBLIC_PAGES) {
        await checkAt360(page, path, scheme, "public");
        await expectAccessible();
      }
    }
  });

  test("the first screen of /questions shows results, with the filters folded away", async ({ page }) => {
    await page.goto("/questions");
    const firstResult = page.getByRole("main").getByRole("listitem").getByRole("link").first();
    await expect(firstResult).toBeInViewport();
  });

  test("the comparison offers jump links to its sections, and the role page's wide table says it scrolls", async ({
    page,
  }) => {
    await page.goto("/compare/data-scientist-vs-machine-learning-engineer");
    const jumps = page.getByRole("navigation", { name: "On this page" });
    await expect(jumps).toBeVisible();
    const first = jumps.getByRole("link").first();
    const target = (await first.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#/);
    await first.click();
    await expect(page.locator(target)).toBeInViewport();
    // The sections are laid out only as they near the viewport (`sections-render-near-view`):
    // a jump to the last one, past sections never shown, still lands on its heading and stays.
    const last = jumps.getByRole("link").last();
    const lastTarget = (await last.getAttribute("href")) ?? "";
    await last.click();
    await expect(page.locator(lastTarget)).toBeInViewport();
    await page.waitForTimeout(500);
    await expect(page.locator(lastTarget)).toBeInViewport();

    await page.goto("/roles/machine-learning-engineer");
    await expect(page.getByRole("region", { name: /scroll/i }).first()).toBeVisible();
  });

  test("signed in, the header, dashboard, plan and practice fit and pass axe, light and dark", async ({
    page,
    expectAccessible,
  }) => {
    test.setTimeout(120_000);
    await signUp(page, newEmail("first-use-360"));
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [...PERSONAL_PAGES, "/questions"]) {
        await checkAt360(page, path, scheme, "signed-in");
        await expectAccessible();
      }
    }
  });
});
