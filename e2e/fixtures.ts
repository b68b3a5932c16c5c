import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import { isPendingRoute } from "./pending-routes";

// Every page test gets: a failure on any console error or uncaught exception in the page, and
// `expectAccessible()`, an axe-core scan that fails on any violation (WCAG 2.2 A and AA rules).

interface Fixtures {
  expectAccessible: (page?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      // Failed loads are checked below with their URLs; the console's copy of them names none.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) {
        problems.push(`console.error: ${message.text()}`);
      }
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("response", (response) => {
      const request = response.request();
      // A page a test opens on purpose may be a 404; the test asserts that status itself.
      if (response.status() < 400 || request.isNavigationRequest()) return;
      const { pathname } = new URL(response.url());
      if (!isPendingRoute(pathname))
        problems.push(`${response.status()} for ${request.method()} ${pathname}`);
    });
    await use(page);
    expect(problems, "the page logged errors or failed to load something").toEqual([]);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      // Next 16 streams a page's <title> with its metadata; after a client-side navigation (an
      // action's redirect) it can land a moment after the content. Scan the page once it has one.
      await target
        .waitForFunction(() => document.title !== "", undefined, { timeout: 5_000 })
        .catch(() => {});
      // axe reads each text's background from what is painted under it. Blocks the browser has
      // not rendered yet (`content-visibility: auto`, the render-near-view utility) have nothing
      // painted, so axe took a colour from whatever was at that point (a false contrast failure).
      // Render them all for the scan, as they are once scrolled to, and give the page back as it
      // was, so that the test's later steps still see blocks rendered only near the viewport.
      await target.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>("*")) {
          if (getComputedStyle(element).contentVisibility === "auto") {
            element.style.contentVisibility = "visible";
            element.dataset.axeRendered = "";
          }
        }
      });
      const results = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      await target.evaluate(() => {
        for (const element of document.querySelectorAll<HTMLElement>("[data-axe-rendered]")) {
          element.style.contentVisibility = "";
          delete element.dataset.axeRendered;
        }
      });
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
      );
      expect(summary, "axe-core found accessibility violations").toEqual([]);
    });
  },
});

export { expect };
