"use server";

import { redirect } from "next/navigation";
import { CredentialsSignin } from "next-auth";

import {
  currentAddress,
  getSessionUser,
  oauthProviderOptions,
  requireUser,
  signIn,
  signOut,
} from "@/lib/auth";
import { db } from "@/lib/db";
import {
  failure,
  formString,
  formValues,
  invalidInput,
  success,
  type ActionState,
} from "@/lib/forms/action-state";

import { changePassword, INVALID_CREDENTIALS_MESSAGE, registerUser } from "./credentials";
import { deleteAccount, updateProfile } from "./profile";
import { markOnboarded, saveSelfRatings, selfRatingsSchema } from "./self-ratings";
import { safeReturnPath, signInPath } from "./return-path";
import { endAllSessions, endSession } from "./sessions";
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

/** Signs in through Auth.js, mapping a refusal to the message the form shows. */
async function signInWithPassword(email: string, password: string): Promise<ActionState<SignInField> | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    if (error.code.startsWith("throttled:"))
      return failure(tooManyAttemptsMessage(Number(error.code.slice(10))));
    return failure(INVALID_CREDENTIALS_MESSAGE);
  }
}

export async function signInAction(
  _previous: ActionState<SignInField>,
  formData: FormData,
): Promise<ActionState<SignInField>> {
  const parsed = signInSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const refused = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (refused) return refused;
  redirect(safeReturnPath(formString(formData, "next")));
}

export type SignUpField = "name" | "email" | "password";

export async function signUpAction(
  _previous: ActionState<SignUpField>,
  formData: FormData,
): Promise<ActionState<SignUpField>> {
  const parsed = signUpSchema.safeParse(formValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await registerUser(db, { ...parsed.data, address: await currentAddress() });
  if (!result.ok) {
    if (result.reason === "throttled") return failure(tooManyAttemptsMessage(result.waitMs));
    // Sign-up has to say something here; it says no more than that this email cannot be used.
    return failure("An account cannot be created with this email. If it is yours, sign in instead.", {
      email: "Use another email, or sign in.",
    });
  }
  const refused = await signInWithPassword(parsed.data.email, parsed.data.password);
  if (refused) return refused;
  const next = safeReturnPath(formString(formData, "next"), "");
  redirect(next ? `/onboarding?next=${encodeURIComponent(next)}` : "/onboarding");
}

/** Ends this browser's session on the server too, so a copy of its cookie is worth nothing. */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endSession(db, user.sessionId);
  await signOut({ redirectTo: "/" });
}

export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(db, user.id);
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
  const result = await changePassword(db, user.id, { ...parsed.data, address: await currentAddress() });
  if (!result.ok) {
    if (result.reason === "throttled") return failure(tooManyAttemptsMessage(result.waitMs));
    if (result.reason === "no-password")
      return failure("This account signs in with GitHub or Google, not a password.");
    return failure("Check the highlighted field.", { currentPassword: "That is not your current password." });
  }
  // The change ended every session, this one too; a fresh sign-in with the new password keeps
  // this browser signed in. The page is then loaded anew: rendered within this request it would
  // still see the old session cookie, now refused.
  const signedInAgain =
    user.email !== null && (await signInWithPassword(user.email, parsed.data.newPassword)) === null;
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
  // Signing out redirects (Next.js throws to do it), so nothing after this line runs.
  return signOut({ redirectTo: "/?accountDeleted=1" });
}

/** "Sign in with GitHub/Google": only a configured provider; Auth.js redirects to it. */
export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = formString(formData, "provider");
  const next = safeReturnPath(formString(formData, "next"));
  if (!oauthProviderOptions.some((option) => option.id === provider)) redirect("/sign-in?error=AccessDenied");
  await signIn(provider, { redirectTo: next });
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
