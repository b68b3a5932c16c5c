import { readFile } from "node:fs/promises";

import { confirmEmailFromMail, newEmail, PASSWORD, signIn, signUp } from "./accounts-helpers";
import { expect, test } from "./fixtures";

// The account journey of issue 5, through the real forms in Chromium.

test("a visitor signs up, signs out, signs in, sets roles, changes password, exports and deletes", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  const email = newEmail("journey");

  await page.goto("/sign-up");
  await expectAccessible();
  // A common password is refused with a message at the field; what was typed stays.
  await page.getByLabel("Name (optional)").fill("Ada <b>Lovelace</b>");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("qwerty123456");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("one of the 3,000 most common passwords").first()).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email/);
  await expectAccessible();
  await confirmEmailFromMail(page, email);
  await expect(page).toHaveURL(/\/onboarding/);
  await expectAccessible();
  await page.getByRole("button", { name: "Skip for now" }).click();

  // The header now offers the account; the name is shown as text, never as markup.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();
  await expect(page.getByText("(Ada <b>Lovelace</b>)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Account" })).toBeVisible();
  await expectAccessible();

  // Sign out, then a personal page sends us to sign in and back.
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await expectAccessible();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/account$/);

  // Roles.
  await page.getByLabel("Current role").selectOption({ label: "Data Scientist" });
  await page.getByLabel("Target role").selectOption({ label: "Machine Learning Engineer" });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Target role")).toHaveValue("machine-learning-engineer");

  // Password change: the current one is required.
  const newPassword = "a different long passphrase";
  await page.getByLabel("Current password").fill("wrong current password");
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("That is not your current password.")).toBeVisible();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  // This browser stays signed in.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Account", level: 1 })).toBeVisible();

  // Export: the file holds what was entered.
  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export my data" }).click();
  const download = await downloadPromise;
  const exported = JSON.parse(await readFile(await download.path(), "utf8")) as {
    profile: { email: string; name: string; currentRole: string; targetRole: string };
  };
  expect(exported.profile).toMatchObject({
    email,
    name: "Ada <b>Lovelace</b>",
    currentRole: "data-scientist",
    targetRole: "machine-learning-engineer",
  });
  expect(JSON.stringify(exported)).not.toContain("argon2");

  // Delete: typed confirmation, then the account is gone.
  await page.getByLabel(`Type ${email} to confirm`).fill("someone@else.example");
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page.getByText("Type the email address of this account exactly.")).toBeVisible();
  await page.getByLabel(`Type ${email} to confirm`).fill(email);
  await page.getByRole("button", { name: "Delete my account and all my data" }).click();
  await expect(page).toHaveURL(/accountDeleted=1/);
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
  await signIn(page, email, newPassword);
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("a password change signs out the other sessions", async ({ page, browser }) => {
  const email = newEmail("sessions");
  await signUp(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/dashboard/);

  await page.goto("/account");
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password").fill("yet another passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await other.close();
});

test("sign-in only returns to paths of this site", async ({ page }) => {
  const email = newEmail("redirect");
  await signUp(page, email);
  await page.context().clearCookies();
  await page.goto("/sign-in?next=https://evil.example/steal");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/dashboard/);
});

test("responses carry the security headers and session cookies are httpOnly and SameSite=Lax", async ({
  page,
}) => {
  const response = await page.request.get("/roles");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'sha256-/);
  expect(headers["content-security-policy"]).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  const dynamic = await page.request.get("/sign-in");
  expect(dynamic.headers()["content-security-policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  // A prerendered page is compressed from the server's cache (scripts/serve.ts), same bytes each time.
  for (const encoding of ["br", "gzip"]) {
    const compressed = await page.request.get("/roles", { headers: { "accept-encoding": encoding } });
    expect(compressed.headers()["content-encoding"]).toBe(encoding);
    expect(compressed.headers().vary).toContain("Accept-Encoding");
    expect(await compressed.text()).toBe(await response.text());
  }
  // The header with which the server lets a prerendered page past proxy.ts is not the client's to send.
  const personal = await page.request.get("/dashboard", {
    headers: { "x-prerendered-page": "1" },
    maxRedirects: 0,
  });
  expect(personal.status()).toBe(307);
  expect(personal.headers().location).toContain("/sign-in");

  await signUp(page, newEmail("cookies"));
  const session = (await page.context().cookies()).find((cookie) =>
    cookie.name.endsWith("authjs.session-token"),
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("cross-site form posts are refused before they reach an action", async ({ page }) => {
  const response = await page.request.post("/account", {
    headers: { origin: "https://evil.example", "content-type": "application/x-www-form-urlencoded" },
    data: "confirmation=x",
  });
  expect(response.status()).toBe(403);
});

test("the header shows who is signed in across sign-up, sign-out and sign-in, without reloads", async ({
  page,
}) => {
  const email = newEmail("header");
  const header = page.getByRole("banner");
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email/);
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();

  await confirmEmailFromMail(page, email);
  await expect(page).toHaveURL(/\/onboarding/);
  await expect(header.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);

  await page.getByRole("button", { name: "Skip for now" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await header.getByRole("link", { name: "Account" }).click();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Account" })).toHaveCount(0);

  await header.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(header.getByRole("link", { name: "Account" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Sign in" })).toHaveCount(0);
});
