import { expect, test } from "./fixtures";

test("GET /api/health reports the app and the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as {
    status: string;
    app: { status: string };
    database: { status: string; latencyMs: number };
  };
  expect(body.status).toBe("ok");
  expect(body.app.status).toBe("up");
  expect(body.database.status).toBe("up");
  expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
});

test("an unknown page is a real 404 that offers a way on", async ({ page, expectAccessible }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /home/i })).toBeVisible();
  await expectAccessible();
});

test("a missing role is the same 404, with the roles we cover", async ({ page }) => {
  const response = await page.goto("/roles/no-such-role");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  const roles = page.getByRole("navigation", { name: "The roles we cover" });
  await expect(roles.getByRole("link", { name: "Machine Learning Engineer" })).toBeVisible();
});

test("a page sends the 404's content and the theme script once", async ({ request }) => {
  const count = (text: string, part: string) => text.split(part).length - 1;
  for (const path of ["/", "/compare/data-scientist-vs-machine-learning-engineer", "/sign-in"]) {
    const html = await (await request.get(path)).text();
    // Every page's RSC payload holds the 404's content, for a notFound() on the client, at the root
    // and again for the route group; app/not-found.tsx renders it once per request, so the second
    // is a reference.
    expect(count(html, "We could not find that page"), path).toBe(1);
    // In the HTML only: components/layout/theme-init.tsx is a client component, so the text is in
    // the layout's script and not in the RSC payload too.
    // (Not the quotes: the payload's copy has them escaped.)
    expect(count(html, "var KEY = "), path).toBe(1);
    expect(count(html, '<script type="module" async="" blocking="render">'), path).toBe(1);
  }
});

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
