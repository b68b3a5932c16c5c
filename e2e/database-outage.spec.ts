import { newEmail, signUp } from "./accounts-helpers";
import { expect, test } from "./fixtures";
import { startSecondInstance, type SecondInstance } from "./second-instance";

// With the database stopped (issue 12): what needs it answers 503 with Retry-After and says so,
// never "sign in"; the prerendered public pages go on working; and when the database is back, the
// same session is still signed in. A second app instance is cut off from the database alone.

test.describe.configure({ timeout: 120_000 });

let second: SecondInstance;
test.beforeAll(async () => {
  second = await startSecondInstance();
});
test.afterAll(async () => {
  await second.close();
});

test("a database outage is a 503 with Retry-After, not a sign-out, and public pages still work", async ({
  page: signUpPage,
  browser,
  expectAccessible,
}) => {
  await signUp(signUpPage, newEmail("outage"));
  // A page of its own: while the database is down, the links it prefetches are 503s, on purpose.
  const context = await browser.newContext({ storageState: await signUpPage.context().storageState() });
  const page = await context.newPage();
  // The same cookie signs this browser in on the second instance (one secret, one database).
  await page.goto(`${second.baseURL}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  const questionHref = await page
    .goto(`${second.baseURL}/questions`)
    .then(() => page.locator('main a[href^="/questions/"]').first().getAttribute("href"));

  await second.stopDatabase();
  // The load balancer's health check finds out first (each instance then knows at once; between
  // checks, proxy.ts trusts its last answer for a second).
  expect((await page.request.get(`${second.baseURL}/api/health`)).status()).toBe(503);

  const dashboard = await page.goto(`${second.baseURL}/dashboard`);
  expect(dashboard?.status()).toBe(503);
  expect(dashboard?.headers()["retry-after"]).toBe("30");
  await expect(
    page.getByRole("heading", { level: 1, name: "This page is unavailable for a moment" }),
  ).toBeVisible();
  // None shown: the header holds a Sign in link for every visitor, hidden by CSS when signed in.
  await expect(page.getByText("Sign in", { exact: true }).filter({ visible: true })).toHaveCount(0);
  await expectAccessible(page);

  // A search never asked for needs the database; /questions, shown above, is kept by the instance
  // (scripts/lib/rendered-pages.ts) and is still served.
  for (const path of ["/practice", "/questions?q=asked-only-while-the-database-is-down"]) {
    expect((await page.request.get(`${second.baseURL}${path}`)).status(), path).toBe(503);
  }
  const attempt = await page.request.post(`${second.baseURL}/api/attempts`, {
    data: { questionSlug: "x", grade: "GOOD", timeSpentSeconds: null, idempotencyKey: "outage-0001" },
  });
  expect(attempt.status()).toBe(503);
  expect(attempt.headers()["retry-after"]).toBe("30");
  expect(await attempt.json()).toEqual({ error: "The database is not answering; try again in a minute." });
  expect((await page.request.get(`${second.baseURL}/api/plan`)).status()).toBe(503);

  // Prerendered public pages, and the search pages the instance keeps, need no database.
  for (const path of ["/", "/roles", "/roles/data-scientist", questionHref!, "/questions"]) {
    expect((await page.request.get(`${second.baseURL}${path}`)).status(), path).toBe(200);
  }

  await second.startDatabase();
  await expect
    .poll(async () => (await page.request.get(`${second.baseURL}/dashboard`, { maxRedirects: 0 })).status(), {
      timeout: 15_000,
    })
    .toBe(200);
  await page.goto(`${second.baseURL}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await context.close();
});
