"use server";

import { redirect } from "next/navigation";

import { currentAddress, currentRequestContext, requireUser, signInVerified } from "@/lib/auth";
import { db } from "@/lib/db";
import {
  failure,
  formString,
  formValues,
  invalidInput,
  success,
  type ActionState,
} from "@/lib/forms/action-state";
import { sendMailAfterResponse } from "@/lib/mail/send-after";

import { emailVerificationMail, passwordChangedNotice, passwordResetMail } from "./account-mail";
import { confirmEmail, resetPassword } from "./credentials";
import { safeReturnPath } from "./return-path";
import { forgotPasswordSchema, linkTokenSchema, resetPasswordSchema } from "./validations";

// The mailed-link flows (issue 15): forgot password, reset, confirm email. The answers never say
// whether an email has an account; the mail (or its absence) is decided after the response.

export type ForgotField = "email";

export async function forgotPasswordAction(
  _previous: ActionState<ForgotField>,
  formData: FormData,
): Promise<ActionState<ForgotField>> {
  const parsed = forgotPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const mail = await passwordResetMail(db, { email: parsed.data.email, address: await currentAddress() });
  if (mail) sendMailAfterResponse(mail);
  redirect("/forgot-password?sent=1");
}

export type ResetField = "newPassword";

const INVALID_LINK_MESSAGE =
  "This link cannot be used: it has expired, was already used, or is not complete. Ask for a new one.";

export async function resetPasswordAction(
  _previous: ActionState<ResetField>,
  formData: FormData,
): Promise<ActionState<ResetField>> {
  const parsed = resetPasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "token")) return failure(INVALID_LINK_MESSAGE);
    return invalidInput(parsed.error);
  }
  const result = await resetPassword(db, {
    token: parsed.data.token,
    newPassword: parsed.data.newPassword,
    ...(await currentRequestContext()),
  });
  if (!result.ok) return failure(INVALID_LINK_MESSAGE);
  sendMailAfterResponse(passwordChangedNotice(result.email, "reset"));
  redirect("/sign-in?reset=1");
}

/**
 * Confirms the email from the link's page (a button, not the GET: mail scanners open links, and
 * must not use them up). Signs in too, unless the account has a second factor, which a mailbox
 * alone must not get past.
 */
export async function confirmEmailAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const token = linkTokenSchema.safeParse(formString(formData, "token"));
  if (!token.success) return failure(INVALID_LINK_MESSAGE);
  const result = await confirmEmail(db, {
    token: token.data,
    ...(await currentRequestContext()),
  });
  if (!result.ok) return failure(INVALID_LINK_MESSAGE);
  if (result.twoFactor || !(await signInVerified(result.userId, "email link")))
    redirect("/sign-in?verified=1");
  const next = safeReturnPath(formString(formData, "next"), "");
  if (result.onboarded) redirect(next || "/dashboard");
  redirect(next ? `/onboarding?next=${encodeURIComponent(next)}` : "/onboarding");
}

export async function resendVerificationAction(
  _previous: ActionState,
  _formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const row = await db.user.findUnique({
    where: { id: user.id },
    select: { email: true, emailVerified: true },
  });
  if (!row?.email) return failure("This account has no email address.");
  if (row.emailVerified) return success("Your email is already confirmed.");
  const mail = await emailVerificationMail(db, {
    userId: user.id,
    email: row.email,
    address: await currentAddress(),
  });
  if (!mail) return failure("Several links were sent in the last hour. Wait a while, then try again.");
  sendMailAfterResponse(mail);
  return success(`Sent to ${row.email}. The link works for 24 hours.`);
}
