"use server";

import { redirect } from "next/navigation";

import {
  currentAddress,
  currentRequestContext,
  getSessionUser,
  oauthProviderOptions,
  requireUser,
  signInVerified,
  signInWithProvider,
  signOut,
} from "@/lib/auth";
import { db } from "@/lib/db";
import { sendMailAfterResponse } from "@/lib/mail/send-after";
import {
  failure,
  formString,
  formValues,
  invalidInput,
  success,
  type ActionState,
} from "@/lib/forms/action-state";

import { emailVerificationMail, passwordChangedNotice, signUpAttemptNotice } from "./account-mail";
import { setSignedInHint, setStepCookie } from "./auth-cookies";
import { authenticate, changePassword, INVALID_CREDENTIALS_MESSAGE, registerUser } from "./credentials";
import { deleteAccount, updateProfile } from "./profile";
import { markOnboarded, saveSelfRatings, selfRatingsSchema } from "./self-ratings";
import { safeReturnPath, signInPath } from "./return-path";
import { endAllSessions, endSession } from "./sessions";
import { CHALLENGE_COOKIE, CHALLENGE_TTL_MS, createChallenge } from "./sign-in-challenge";
import { tooManyAttemptsMessage } from "./throttle-rules";
import {
  changePasswordSchema,
  deleteAccountSchema,
  profileSchema,
  rolesSchema,
  signInSchema,
  signUpSchema,
} from "./validations";

// The account forms' server actions: parse with zod, check the session, write, return an
// ActionState. Redirects happen after any try block (Next implements them by throwing).

export type SignInField = "email" | "password";

/**
 * The password step. With two-factor on, a right password leads to the second step (a challenge
 * in a cookie, not a session); without it, straight in.
 */
export async function signInAction(
  _previous: ActionState<SignInField>,
  formData: FormData,
): Promise<ActionState<SignInField>> {
  const parsed = signInSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await authenticate(db, { ...parsed.data, address: await currentAddress() });
  if (!result.ok) {
    return failure(
      result.reason === "throttled" ? tooManyAttemptsMessage(result.waitMs) : INVALID_CREDENTIALS_MESSAGE,
    );
  }
  const next = safeReturnPath(formString(formData, "next"));
  if (result.user.twoFactor) {
    const token = await createChallenge(db, result.user.id);
    await setStepCookie(CHALLENGE_COOKIE, token, { path: "/sign-in", maxAgeMs: CHALLENGE_TTL_MS });
    redirect(`/sign-in/two-factor?next=${encodeURIComponent(next)}`);
  }
  if (!(await signInVerified(result.user.id, "password"))) return failure(INVALID_CREDENTIALS_MESSAGE);
  redirect(next);
}

export type SignUpField = "name" | "email" | "password";

export async function signUpAction(
  _previous: ActionState<SignUpField>,
  formData: FormData,
): Promise<ActionState<SignUpField>> {
  const parsed = signUpSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const address = await currentAddress();
  const result = await registerUser(db, { ...parsed.data, address });
  if (!result.ok) return failure(tooManyAttemptsMessage(result.waitMs));
  // The same page either way (issue 15): a new account gets its confirmation link, the owner of a
  // taken email a note that someone tried; neither the page nor its timing tells which.
  const { email } = parsed.data;
  const mail = result.created
    ? await emailVerificationMail(db, { userId: result.userId, email, address })
    : await signUpAttemptNotice(db, { email, address });
  if (mail) sendMailAfterResponse(mail);
  const next = safeReturnPath(formString(formData, "next"), "");
  redirect(next ? `/sign-up/check-email?next=${encodeURIComponent(next)}` : "/sign-up/check-email");
}

/** Ends this browser's session on the server too, so a copy of its cookie is worth nothing. */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endSession(db, user.sessionId);
  await setSignedInHint(false);
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(db, user.id);
  await setSignedInHint(false);
  await signOut({ redirectTo: "/sign-in?signedOut=everywhere" });
}

export type ProfileField = "name" | "currentRole" | "targetRole";

export async function updateProfileAction(
  _previous: ActionState<ProfileField>,
  formData: FormData,
): Promise<ActionState<ProfileField>> {
  const user = await requireUser();
  const parsed = profileSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await updateProfile(db, user.id, parsed.data);
  if (!result.ok) {
    return failure("Choose roles from the list.", { [result.field]: "Choose a role from the list." });
  }
  return success("Profile saved.");
}

export type PasswordField = "currentPassword" | "newPassword";

export async function changePasswordAction(
  _previous: ActionState<PasswordField>,
  formData: FormData,
): Promise<ActionState<PasswordField>> {
  const user = await requireUser();
  const parsed = changePasswordSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await changePassword(db, user.id, { ...parsed.data, ...(await currentRequestContext()) });
  if (!result.ok) {
    if (result.reason === "throttled") return failure(tooManyAttemptsMessage(result.waitMs));
    if (result.reason === "no-password")
      return failure("This account signs in with GitHub or Google, not a password.");
    return failure("Check the highlighted field.", { currentPassword: "That is not your current password." });
  }
  sendMailAfterResponse(passwordChangedNotice(result.email, "changed"));
  // The change ended every session, this one too; a fresh session (the person has just proved
  // the password) keeps this browser signed in. The page is then loaded anew: rendered within this
  // request it would still see the old session cookie, now refused.
  const signedInAgain = await signInVerified(user.id, "password");
  redirect(signedInAgain ? "/account?changed=password" : signInPath("/account"));
}

export type DeleteField = "confirmation";

export async function deleteAccountAction(
  _previous: ActionState<DeleteField>,
  formData: FormData,
): Promise<ActionState<DeleteField>> {
  const user = await requireUser();
  const parsed = deleteAccountSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  if (parsed.data.confirmation !== user.email?.toLowerCase()) {
    return failure("Check the highlighted field.", {
      confirmation: "Type the email address of this account exactly.",
    });
  }
  await deleteAccount(db, user.id);
  await setSignedInHint(false);
  // Signing out redirects (Next.js throws to do it), so nothing after this line runs.
  return signOut({ redirectTo: "/?accountDeleted=1" });
}

/** "Sign in with GitHub/Google": only a configured provider; Auth.js redirects to it. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formString(formData, "provider");
  const next = safeReturnPath(formString(formData, "next"));
  if (!oauthProviderOptions.some((option) => option.id === provider)) redirect("/sign-in?error=AccessDenied");
  await signInWithProvider(provider, next);
}

export async function saveOnboardingRolesAction(
  _previous: ActionState<ProfileField>,
  formData: FormData,
): Promise<ActionState<ProfileField>> {
  const user = await requireUser();
  const parsed = rolesSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  if (!parsed.data.targetRole) {
    return failure("Check the highlighted field.", { targetRole: "Choose the role you are preparing for." });
  }
  const result = await updateProfile(db, user.id, parsed.data);
  if (!result.ok)
    return failure("Choose roles from the list.", { [result.field]: "Choose a role from the list." });
  redirect(`/onboarding?step=skills${nextSuffix(formData)}`);
}

export async function saveSelfRatingsAction(
  _previous: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const user = await requireUser();
  const parsed = selfRatingsSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await saveSelfRatings(db, user.id, parsed.data);
  if (!result.ok) {
    return failure(
      "Some skills are not in the list any more; reload the page.",
      Object.fromEntries(result.unknownSkills.map((field) => [field, "Unknown skill."])),
    );
  }
  await markOnboarded(db, user.id);
  if (formString(formData, "from") === "account") return success(`Saved ${result.saved} self-ratings.`);
  redirect(safeReturnPath(formString(formData, "next"), "/plan"));
}

export async function skipOnboardingAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  await markOnboarded(db, user.id);
  redirect(safeReturnPath(formString(formData, "next"), "/dashboard"));
}

function nextSuffix(formData: FormData): string {
  const next = safeReturnPath(formString(formData, "next"), "");
  return next ? `&next=${encodeURIComponent(next)}` : "";
}
