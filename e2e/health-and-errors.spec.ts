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

test("responses carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});
