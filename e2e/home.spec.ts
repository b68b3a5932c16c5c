import { expect, test } from "./fixtures";

test.describe("home page", () => {
  test("says what the app is and links to every section", async ({ page, expectAccessible }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: /compare/i }).first()).toHaveAttribute(
      "href",
      /\/compare\/|\/roles/,
    );
    await expect(main.getByRole("link", { name: /question/i }).first()).toHaveAttribute("href", "/questions");
    await expect(page.getByRole("banner").getByRole("link", { name: /sign in/i })).toHaveAttribute(
      "href",
      "/sign-in",
    );
    await expectAccessible();
  });

  test("shows the counts of what the database holds", async ({ page }) => {
    await page.goto("/");
    // The figures come from the database at build time: the seeded content has six roles.
    const roles = page.getByText("Roles covered", { exact: true }).locator("..");
    await expect(roles).toContainText(/^\s*6\s*Roles covered|Roles covered\s*6\s*$/);
    const questions = page.getByText("Practice questions", { exact: true }).locator("..");
    await expect(questions).toContainText(/\d{3}/);
  });

  test("fits a 360 px screen without sideways scrolling", async ({ page, expectAccessible }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expect(page.getByRole("banner").getByRole("link", { name: /sign in/i })).toBeVisible();
    await expectAccessible();
  });

  test("follows the system colour scheme and remembers a chosen one", async ({ page, expectAccessible }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expectAccessible();

    // The toggle's name and icon follow the choice and the look shown (in CSS, from the first frame).
    const toggle = page.getByRole("button", { name: /theme/i });
    const shownIcons = () =>
      toggle.locator("svg").evaluateAll((icons) => icons.filter((i) => i.checkVisibility()).length);
    await expect(toggle).toHaveAccessibleName("Theme: System. Switch to light");

    await page.emulateMedia({ colorScheme: "light" });
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(toggle).toHaveAccessibleName("Theme: System. Switch to dark");
    await expectAccessible();

    // Choose dark explicitly: it wins over the light system preference, across a reload.
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAccessibleName("Theme: Dark. Switch to light");
    await expect(page.getByRole("status").filter({ hasText: "Theme set to dark" })).toBeAttached();
    expect(await shownIcons()).toBe(1);
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(toggle).toHaveAccessibleName("Theme: Dark. Switch to light");
    expect(await shownIcons()).toBe(1);

    // Choosing the system's look again goes back to following the system.
    await toggle.click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(toggle).toHaveAccessibleName("Theme: System. Switch to dark");
    expect(await page.evaluate(() => window.localStorage.getItem("theme"))).toBe("system");
  });

  test("a theme chosen in one tab reaches the other's look and toggle", async ({ page, context }) => {
    // The other tab's toggle has no state of its own: the theme script's storage listener sets the
    // attributes its icon and name follow.
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/");
    const other = await context.newPage();
    await other.emulateMedia({ colorScheme: "light" });
    await other.goto("/questions");
    const otherToggle = other.getByRole("button", { name: /theme/i });
    await expect(otherToggle).toHaveAccessibleName("Theme: System. Switch to dark");

    await page.getByRole("button", { name: /theme/i }).click();
    await expect(other.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(otherToggle).toHaveAccessibleName("Theme: Dark. Switch to light");
    await other.close();
  });

  test("paints its first frame in the chosen theme", async ({ page }) => {
    // The theme script does not stop the parser (an async module) but holds the first frame until
    // it has run (blocking="render"). A frame's animation callbacks run just before it is painted,
    // so the first one sees what the first paint shows.
    await page.emulateMedia({ colorScheme: "light" });
    await page.addInitScript(() => {
      if (window.localStorage.getItem("theme") === null) window.localStorage.setItem("theme", "dark");
      requestAnimationFrame(() => {
        const root = document.documentElement;
        root.dataset.firstFrameTheme = `${root.dataset.theme ?? "none"} ${root.dataset.themeChoice ?? "none"}`;
      });
    });
    for (const path of ["/", "/sign-in"]) {
      await page.goto(path);
      // The look and the choice the theme toggle's icon shows.
      await expect(page.locator("html")).toHaveAttribute("data-first-frame-theme", "dark dark");
    }
  });

  test("the theme button keeps its place before the theme script has run", async ({ browser, page }) => {
    // On a busy machine a frame rarely came before the theme script had run, the button not shown in
    // it (it does nothing without the script); when the script ran, the button came in and widened
    // the header's right-hand group: a layout shift. Without JavaScript the script never runs, so
    // the header stands for that frame: the button unseen, its group as it is once the script has run.
    const withoutScript = await browser.newContext({ javaScriptEnabled: false });
    const before = await withoutScript.newPage();
    const group = (p: typeof page) => p.locator("[data-slot=theme-toggle]").locator("..").boundingBox();
    for (const width of [1350, 360]) {
      await before.setViewportSize({ width, height: 900 });
      await page.setViewportSize({ width, height: 900 });
      await before.goto("/");
      await page.goto("/");
      await expect(before.locator("[data-slot=theme-toggle]")).toBeHidden();
      await expect(page.locator("[data-slot=theme-toggle]")).toBeVisible();
      expect(await group(before), `the theme and account group at ${width} px`).toEqual(await group(page));
    }
    await withoutScript.close();
  });

  test("can be used with the keyboard alone: the skip link moves focus to the content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: /skip to content/i });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main")).toBeFocused();
  });
});
