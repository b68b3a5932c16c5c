import { newEmail, signUp } from "./accounts-helpers";
import { startPiecewiseRelay, type PiecewiseRelay } from "./deliver-in-pieces";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { layoutShiftsSoFar, watchLayoutShifts } from "./layout-shifts";

// A page can be painted before all of its HTML has been read: on a slow network it comes in pieces,
// and a busy machine paints between parser tasks. What is painted then must not move when the rest
// comes. Each case holds a page's HTML at a point where it once did (a layout shift, found by holding
// fourteen pages, the five of issue 18 among them, every 0.9 to 1.2 kB), lets the browser paint,
// then sends the rest.

const CASES = [
  {
    what: "the header, read up to the theme button (the Sign in link not yet)",
    path: "/roles/machine-learning-engineer",
    markers: ['data-slot="theme-toggle"', "</button>"],
  },
  {
    what: "the header, read into the last navigation link (its text not yet)",
    path: "/",
    markers: ['href="/practice">'],
  },
  {
    what: "the home page's counts, read up to a label (its figure not yet)",
    path: "/",
    markers: ["Practice questions</dt>"],
  },
  {
    what: "a table of figures, read into its header row (the other sources' heads not yet)",
    path: "/roles/machine-learning-engineer",
    markers: ["figures in each source, newest first</caption>", 'rel="noopener noreferrer">'],
  },
  {
    what: "the footer of a short page, read into its text (its links not yet)",
    path: "/sign-up",
    markers: ["<footer", "the date it describes.</p>"],
  },
  {
    what: "the role picker, read up to the second role (the Compare button not yet)",
    path: "/compare",
    markers: ["can be compared.</p>"],
  },
] as const;

let relay: PiecewiseRelay;
test.beforeAll(async ({ baseURL }) => {
  relay = await startPiecewiseRelay(baseURL!);
});
test.afterAll(async () => {
  await relay.close();
});

/** Opens `path` through the relay held after `markers`, waits for a paint of that part, sends the rest. */
async function paintPartThenRest(page: Page, path: string, markers: string[], cookie?: string) {
  await relay.holdAfter(path, markers, cookie);
  await page.goto(relay.origin + path, { waitUntil: "commit" });
  // The first part has been painted (else the test would prove nothing), then the rest comes.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length))
    .toBe(1);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  relay.release();
}

test.describe("a page that arrives in pieces", () => {
  for (const { what, path, markers } of CASES) {
    test(`moves nothing it has painted when the rest comes: ${what}`, async ({ page }) => {
      await watchLayoutShifts(page);
      for (const width of [1350, 360]) {
        await page.setViewportSize({ width, height: 940 });
        await paintPartThenRest(page, path, [...markers]);
        await page.waitForLoadState("load");
        await expect(page.locator("footer")).toBeVisible();
        expect(await layoutShiftsSoFar(page), `layout shifts at ${width} px`).toEqual([]);
      }
    });
  }
});

test.describe("signed in, a page", () => {
  test("keeps the footer below the fold until the page replaces its loading shape", async ({ page }) => {
    // The loading shape was shorter than a wide window, so the footer sat at its bottom and the
    // dashboard pushed it away when it came: 0.22 of layout shift at 1350 px. Held here right after
    // the footer, before the streamed page, as a slow database query holds it.
    await signUp(page, newEmail("pieces"));
    await watchLayoutShifts(page);
    await page.setViewportSize({ width: 1350, height: 940 });
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    await paintPartThenRest(page, "/dashboard", ["Loading your page", "</footer>"], cookie);
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    expect(await layoutShiftsSoFar(page)).toEqual([]);
  });

  test("shows the header's account links from the first frame", async ({ page }) => {
    // Chosen in React after hydration, they came in place of Sign in and moved the theme button
    // 174 px: 0.0011 of layout shift at 1350 px and 0.0031 at 360 on every page, prerendered or not.
    await signUp(page, newEmail("header"));
    await watchLayoutShifts(page);
    for (const width of [1350, 360]) {
      await page.setViewportSize({ width, height: 940 });
      for (const path of ["/", "/dashboard"]) {
        await page.goto(path);
        const header = page.getByRole("banner");
        await expect(header.getByRole("link", { name: "Account" })).toBeVisible();
        await expect(header.getByRole("link", { name: "Sign in" })).toBeHidden();
        expect(await layoutShiftsSoFar(page), `layout shifts on ${path} at ${width} px`).toEqual([]);
      }
    }
  });

  test("offers the plan rather than a sign-in on a comparison, from the first frame", async ({ page }) => {
    // Picked in React after hydration, the link's words changed under the reader. Both links are in
    // the prerendered HTML now, and CSS shows the one the head script's mark asks for.
    const path = "/compare/data-scientist-vs-machine-learning-engineer";
    expect(await (await page.request.get(path)).text()).toContain(">See your plan</a>");
    await signUp(page, newEmail("plan-link"));
    await watchLayoutShifts(page);
    await page.goto(path);
    const section = page.getByRole("region", { name: /learn these first/i });
    await section.scrollIntoViewIfNeeded();
    await expect(section.getByRole("link", { name: "See your plan" })).toHaveAttribute("href", "/plan");
    await expect(section.getByRole("link", { name: /sign in for a plan/i })).toBeHidden();
    expect(await layoutShiftsSoFar(page)).toEqual([]);
  });
});

test("a web font that comes late moves nothing: the page keeps the face it was first painted in", async ({
  page,
}) => {
  // With `font-display: swap` the font replaced the fallback when it came and the text moved: 0.18
  // of layout shift on this page at 1350 px with the font 1.2 s late, as on a slow phone.
  await watchLayoutShifts(page);
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  for (const width of [1350, 360]) {
    await page.setViewportSize({ width, height: 940 });
    const font = page.waitForResponse(/\.woff2$/);
    await page.goto("/roles/machine-learning-engineer");
    await font;
    expect(await layoutShiftsSoFar(page), `layout shifts at ${width} px`).toEqual([]);
  }
});
