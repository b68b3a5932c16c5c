import { randomUUID } from "node:crypto";

import { expect, type Page } from "@playwright/test";

import { linkPath, waitForMail } from "./mailbox";

// Account steps shared by the journeys: always through the real forms, as a visitor would.

export const PASSWORD = "correct horse battery staple";

export function newEmail(label: string): string {
  return `${label}-${randomUUID().slice(0, 8)}@example.com`;
}

/** Signs up, confirms the email from the mail, and skips onboarding unless told not to; ends signed in. */
export async function signUp(
  page: Page,
  email: string,
  options: { name?: string; skipOnboarding?: boolean } = {},
) {
  await page.goto("/sign-up");
  if (options.name) await page.getByLabel("Name (optional)").fill(options.name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-up\/check-email/);
  await confirmEmailFromMail(page, email);
  await expect(page).toHaveURL(/\/onboarding/);
  if (options.skipOnboarding ?? true) {
    await page.getByRole("button", { name: "Skip for now" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
  }
}

/** Follows the confirmation link of the sign-up mail and confirms: signs in, on to onboarding. */
export async function confirmEmailFromMail(page: Page, email: string) {
  const mail = await waitForMail(email, /^Confirm your email/);
  await page.goto(linkPath(mail, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my email" }).click();
}

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** Onboarding's first step (from a fresh sign-up): roles by their names; ends on the ratings step. */
export async function chooseRoles(page: Page, roles: { current?: string; target: string }) {
  if (roles.current) await page.getByLabel("Your current role").selectOption({ label: roles.current });
  await page.getByLabel("The role you want").selectOption({ label: roles.target });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/step=skills/);
}

/** A new user who moves from Data Scientist to ML Engineer, skips the ratings, and lands on the plan. */
export async function signUpAsDataScientistAimingAtMle(page: Page, label: string) {
  await signUp(page, newEmail(label), { skipOnboarding: false });
  await chooseRoles(page, { current: "Data Scientist", target: "Machine Learning Engineer" });
  await page.getByRole("button", { name: "Save and see my plan" }).click();
  await expect(page).toHaveURL(/\/plan$/);
}
