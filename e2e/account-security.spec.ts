import { TOTP } from "otpauth";

import { newEmail, PASSWORD, signIn, signUp } from "./accounts-helpers";
import { E2E_SITE_URL } from "./e2e-env";
import { expect, test } from "./fixtures";
import { linkPath, mailTo, waitForMail } from "./mailbox";

import type { Page } from "@playwright/test";

// Issue 15's journeys in Chromium: two-factor sign-in with an authenticator app, password reset
// through a real SMTP server (e2e/mailbox.ts), sign-up that does not reveal taken emails, and
// passkeys on Chromium's virtual authenticator.

function authenticator(secret: string) {
  return new TOTP({ secret: secret.replace(/\s/g, ""), digits: 6, period: 30, algorithm: "SHA1" });
}

/** Waits until the authenticator shows a code from a later step than `afterCode`'s. */
async function nextCode(totp: TOTP, afterStepEndingAt: number): Promise<string> {
  const wait = afterStepEndingAt - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 200));
  return totp.generate();
}

function stepEnd(now = Date.now()): number {
  return (Math.floor(now / 30_000) + 1) * 30_000;
}

async function signOut(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("two-factor sign-in: set up from a QR code's key, then a code after the password, once each", async ({
  page,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const email = newEmail("two-factor");
  await signUp(page, email);

  await page.goto("/account");
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByRole("img", { name: "QR code holding the key below" })).toBeVisible();
  await expectAccessible();
  const totp = authenticator(await page.getByTestId("totp-secret").innerText());

  // A wrong code is refused with a message; the set-up stays open.
  await page.getByLabel("Code from the app").fill("12345");
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("That code has 5 digits; codes from the app have 6.").first()).toBeVisible();

  const setupCode = totp.generate();
  const setupStepEnd = stepEnd();
  await page.getByLabel("Code from the app").fill(setupCode);
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is on.")).toBeVisible();
  const recoveryCodes = await page
    .getByRole("list", { name: "Recovery codes" })
    .getByRole("listitem")
    .allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  await expectAccessible();

  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await expectAccessible();

  // Half signed in reaches no personal page and no personal API.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fdashboard/);
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
  await page.goto("/sign-in/two-factor");

  // Malformed input: a message, never a crash.
  for (const [typed, message] of [
    ["12a456", "Enter the 6-digit code from your authenticator app"],
    ["1234567", "That code has 7 digits"],
    ["١٢٣٤٥٦", "Enter the 6-digit code from your authenticator app"],
  ] as const) {
    await page.getByLabel("Code").fill(typed);
    await page.getByRole("button", { name: "Verify and sign in" }).click();
    await expect(page.getByText(message).first()).toBeVisible();
  }
  // The code that turned two-factor on was used: a replay is refused.
  await page.getByLabel("Code").fill(setupCode);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText("That code was already used.").first()).toBeVisible();

  // That was four wrong tries of five: a recovery code gets in.
  await page.getByLabel("Code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account\?recoveryCodesLeft=9/);
  await expect(page.getByText("You signed in with a recovery code; 9 left.")).toBeVisible();

  // The same recovery code does not work twice.
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByLabel("Code").fill(recoveryCodes[0]!.toUpperCase());
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page.getByText("That code is not right.").first()).toBeVisible();

  // A fresh code from the app: in, where the sign-in was headed.
  await page.getByLabel("Code").fill(await nextCode(totp, setupStepEnd));
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);

  // The security log shows what happened.
  await page.goto("/account");
  const activity = page.getByRole("region", { name: "Security activity, scrolls sideways" });
  await expect(activity.getByText("Two-factor sign-in turned on")).toBeVisible();
  await expect(activity.getByText("Recovery code used")).toBeVisible();
  await expect(activity.getByText("(password + code)")).toBeVisible();

  // A sign-in with two-factor is two requests: the password, then the code.
  await signOut(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(new URL(request.url()).pathname);
  });
  await signIn(page, email);
  await page.getByLabel("Code").fill(recoveryCodes[1]!);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account\?recoveryCodesLeft=8/);
  expect(posts).toEqual(["/sign-in", "/sign-in/two-factor"]);

  // Exporting shows in the log too.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export my data" }).click();
  await download;
  await page.reload();
  await expect(activity.getByText("Data exported")).toBeVisible();

  // Turning it off needs a code or the password, and mails the owner.
  await page.getByLabel("Code or password").nth(1).fill("not my password");
  await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(
    page.getByText("That is neither the current code from your app nor your password.").first(),
  ).toBeVisible();
  await page.getByLabel("Code or password").nth(1).fill(PASSWORD);
  await page.getByRole("button", { name: "Turn off two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is off. We emailed you about the change.")).toBeVisible();
  await waitForMail(email, /^Two-factor sign-in was turned off/);
});

test("forgot password: the mailed link resets it once, signs out every session and lifts the limits", async ({
  page,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(90_000);
  const email = newEmail("reset");
  await signUp(page, email);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/dashboard/);

  // Someone guesses at the account: it is now delayed.
  await page.context().clearCookies();
  for (let attempt = 0; attempt < 6; attempt++) {
    await signIn(page, email, `wrong guess ${attempt}`);
    await expect(page.getByRole("status").filter({ hasText: /do not match|Too many/ })).toBeVisible();
  }

  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expectAccessible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("If an account uses that email, we have sent it a link")).toBeVisible();
  // An unknown email gets the same answer (and no mail).
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(newEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("If an account uses that email, we have sent it a link")).toBeVisible();

  const link = linkPath(await waitForMail(email, /^Reset your/), "/reset-password");
  // One character changed: a clear page, not an error.
  await page.goto(link.replace(/token=(.)/, (_match, first: string) => `token=${first === "A" ? "B" : "A"}`));
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();

  await page.goto(link);
  await expectAccessible();
  await page.getByLabel("New password").fill("short");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  const newPassword = "a fresh and long passphrase";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in\?reset=1/);
  await expect(page.getByText("Your password is changed and every device was signed out.")).toBeVisible();
  await waitForMail(email, /password was reset$/);

  // The other browser was signed out; the link does not work twice; the limits are lifted.
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/dashboard/);
});

test("sign-up with a taken email shows the same page and mails the owner instead", async ({ page }) => {
  const email = newEmail("taken");
  await signUp(page, email);
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("someone else's long password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email$/);
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await waitForMail(email, /^Someone tried to sign up/);
  expect((await mailTo(email)).filter((mail) => /^Confirm your email/.test(mail.subject))).toHaveLength(1);
});

test("a mailed link altered, reused, or for a deleted account gives a clear page", async ({ page }) => {
  for (const path of [
    "/reset-password?token=short",
    "/verify-email?token=" + "x".repeat(10_000),
    "/reset-password",
  ]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
  }
});

test("passkeys: added on the account page, then sign-in without a password", async ({ browser }) => {
  // WebAuthn needs a domain name: this test works on localhost, the site's SITE_URL here.
  const context = await browser.newContext({ baseURL: E2E_SITE_URL });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });

  const email = newEmail("passkey");
  await signUp(page, email);
  await page.goto("/account");
  await page.getByLabel("Name (optional)").fill("Test laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Passkey “Test laptop” added.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Your passkeys" }).getByText("Test laptop")).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/sign-in?next=%2Faccount");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(
    page.getByRole("region", { name: "Security activity, scrolls sideways" }).getByText("(passkey)"),
  ).toBeVisible();

  // With two-factor on, the passkey stands in for the code after the password.
  await page.getByRole("button", { name: "Set up two-factor sign-in" }).click();
  const totp = authenticator(await page.getByTestId("totp-secret").innerText());
  await page.getByLabel("Code from the app").fill(totp.generate());
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByText("Two-factor sign-in is on.")).toBeVisible();
  await signOut(page);
  await signIn(page, email);
  await expect(page).toHaveURL(/\/sign-in\/two-factor/);
  await page.getByRole("button", { name: "Use a passkey instead" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.goto("/account");
  await expect(
    page
      .getByRole("region", { name: "Security activity, scrolls sideways" })
      .getByText("(password + passkey)"),
  ).toBeVisible();
  await context.close();
});

test("Auth.js's credentials callback signs no one in without a ticket our checks made", async ({ page }) => {
  for (const ticket of ["", "forged.ticket", "e30.AAAA", "x".repeat(5_000)]) {
    const response = await page.request.post("/api/auth/callback/ticket", { form: { ticket } });
    expect(response.status()).toBeLessThan(500);
  }
  expect((await page.request.get("/api/account/export")).status()).toBe(401);
});
