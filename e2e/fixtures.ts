import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

// Every page test gets: a failure on any console error or uncaught exception in the page, and
// `expectAccessible()`, an axe-core scan that fails on any violation (WCAG 2.2 A and AA rules).

interface Fixtures {
  expectAccessible: (page?: Page) => Promise<void>;
}

export const test = base.extend<Fixtures>({
  page: async ({ page }, use) => {
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      // A test that opens a missing page on purpose gets the browser's own note about the 404.
      const isExpected404 = /status of 404/.test(message.text()) && message.location().url === page.url();
      if (!isExpected404) problems.push(`console.error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await use(page);
    expect(problems, "the page logged errors").toEqual([]);
  },
  expectAccessible: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      const summary = results.violations.map(
        (v) =>
          `${v.id} (${v.impact ?? "?"}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
      );
      expect(summary, "axe-core found accessibility violations").toEqual([]);
    });
  },
});

export { expect };
