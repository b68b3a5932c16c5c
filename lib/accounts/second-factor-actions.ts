"use server";

import { redirect } from "next/navigation";

import {
  currentAddress,
  currentRequestContext as requestContext,
  requireUser,
  signInVerified,
} from "@/lib/auth";
import { db } from "@/lib/db";
import { failure, formString, formValues, success, type ActionState } from "@/lib/forms/action-state";
import { sendMailAfterResponse } from "@/lib/mail/send-after";
import { site } from "@/lib/site";

import { twoFactorDisabledNotice } from "./account-mail";
import { clearStepCookie, readStepCookie, setStepCookie } from "./auth-cookies";
import {
  finishPasskeyRegistration,
  finishPasskeySignIn,
  removePasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
  WEBAUTHN_CHALLENGE_TTL_MS,
  WEBAUTHN_COOKIE,
} from "./passkeys";
import { safeReturnPath } from "./return-path";
import { parseSecondFactorInput, type SecondFactorInput } from "./second-factor-input";
import { recordSecurityEvent } from "./security-events";
import {
  CHALLENGE_COOKIE,
  consumeChallenge,
  countChallengeFailure,
  findChallenge,
} from "./sign-in-challenge";
import { recordFailure, recordSuccess, throttleWait } from "./throttle";
import { tooManyAttemptsMessage } from "./throttle-rules";
import {
  beginTotpSetup,
  cancelTotpSetup,
  checkCodeOrPassword,
  confirmTotpSetup,
  disableTwoFactor,
  regenerateRecoveryCodes,
  verifySecondFactor,
} from "./two-factor";
import { codeSchema, passkeyNameSchema, proofSchema } from "./validations";

// Second factors (issue 15): the sign-in's second step, setting up and turning off the
// authenticator app, recovery codes, and passkeys. Parse, check the session (or the half-signed-in
// challenge), write, return a typed result.

const EXPIRED_STEP_MESSAGE = "This sign-in has expired. Sign in again with your password.";

export type CodeField = "code";

/** The second step of a password sign-in: a code from the app, or a recovery code. */
export async function twoFactorSignInAction(
  _previous: ActionState<CodeField>,
  formData: FormData,
): Promise<ActionState<CodeField>> {
  const challenge = await findChallenge(db, await readStepCookie(CHALLENGE_COOKIE));
  if (!challenge) return failure(EXPIRED_STEP_MESSAGE);
  const context = await requestContext();
  const subject = { email: challenge.email, address: context.address, scope: "second-factor" as const };
  const waitMs = await throttleWait(db, subject, new Date());
  if (waitMs > 0) return failure(tooManyAttemptsMessage(waitMs));

  const parsedForm = codeSchema.safeParse(formValues(formData));
  const input: SecondFactorInput = parsedForm.success
    ? parseSecondFactorInput(parsedForm.data.code)
    : { kind: "malformed", message: parsedForm.error.issues[0]?.message ?? "Enter a code." };
  const check = input.kind === "malformed" ? null : await verifySecondFactor(db, challenge.userId, input);
  if (!check?.ok) {
    // Every refused code counts, malformed ones too: the limits are on tries, not on well-formed ones.
    await recordFailure(db, subject, new Date());
    const stillOpen = await countChallengeFailure(db, challenge.tokenHash);
    const message =
      input.kind === "malformed"
        ? input.message
        : check?.reason === "replayed"
          ? "That code was already used. Wait for your app to show the next one."
          : "That code is not right. Check that the app shows this account, and enter the code it shows now.";
    if (!stillOpen) return failure("Too many wrong codes. Sign in again with your password.");
    return failure(message, { code: message });
  }
  if (!(await consumeChallenge(db, challenge.tokenHash))) return failure(EXPIRED_STEP_MESSAGE);
  await recordSuccess(db, subject);
  await clearStepCookie(CHALLENGE_COOKIE, "/sign-in");
  if (check.method === "recovery code") {
    await recordSecurityEvent(db, challenge.userId, {
      kind: "recovery-code-used",
      detail: `${check.recoveryCodesLeft ?? 0} left`,
      ...context,
    });
  }
  const method = `${challenge.firstFactor} + ${check.method}`;
  if (!(await signInVerified(challenge.userId, method))) return failure(EXPIRED_STEP_MESSAGE);
  const next = safeReturnPath(formString(formData, "next"));
  redirect(
    check.method === "recovery code"
      ? `/account?recoveryCodesLeft=${check.recoveryCodesLeft ?? 0}#two-factor`
      : next,
  );
}

// --- Passkeys: sign-in (password-less, or as the second step) ---------------------------------

export type PasskeyOptionsResult =
  | { ok: true; options: Awaited<ReturnType<typeof startPasskeySignIn>>["options"] }
  | { ok: false; message: string };

/** Options for the browser's passkey prompt. `secondStep`: only the half-signed-in account's passkeys. */
export async function passkeySignInOptionsAction(secondStep: unknown): Promise<PasskeyOptionsResult> {
  let userId: string | null = null;
  if (secondStep === true) {
    const challenge = await findChallenge(db, await readStepCookie(CHALLENGE_COOKIE));
    if (!challenge) return { ok: false, message: EXPIRED_STEP_MESSAGE };
    userId = challenge.userId;
  }
  const { challengeId, options } = await startPasskeySignIn(db, { userId });
  await setStepCookie(WEBAUTHN_COOKIE, challengeId, { path: "/", maxAgeMs: WEBAUTHN_CHALLENGE_TTL_MS });
  return { ok: true, options };
}

const PASSKEY_FAILURE_MESSAGES = {
  expired: "The passkey request expired. Try again.",
  invalid: "That passkey could not be checked. Try again, or use another way to sign in.",
  "unknown-passkey":
    "That passkey is not registered to an account here. Sign in with your password, then add it on your account page.",
  "too-many": "This account already has the most passkeys it can hold.",
} as const;

export async function passkeySignInAction(
  response: unknown,
  secondStep: unknown,
  nextPath: unknown,
): Promise<{ ok: false; message: string }> {
  const next = safeReturnPath(typeof nextPath === "string" ? nextPath : "");
  const challengeId = await readStepCookie(WEBAUTHN_COOKIE);
  await clearStepCookie(WEBAUTHN_COOKIE, "/");
  if (secondStep === true) {
    const challenge = await findChallenge(db, await readStepCookie(CHALLENGE_COOKIE));
    if (!challenge) return { ok: false, message: EXPIRED_STEP_MESSAGE };
    const result = await finishPasskeySignIn(db, { challengeId, response, userId: challenge.userId });
    if (!result.ok) return { ok: false, message: PASSKEY_FAILURE_MESSAGES[result.reason] };
    if (!(await consumeChallenge(db, challenge.tokenHash)))
      return { ok: false, message: EXPIRED_STEP_MESSAGE };
    await clearStepCookie(CHALLENGE_COOKIE, "/sign-in");
    if (!(await signInVerified(challenge.userId, `${challenge.firstFactor} + passkey`))) {
      return { ok: false, message: EXPIRED_STEP_MESSAGE };
    }
    redirect(next);
  }
  const result = await finishPasskeySignIn(db, { challengeId, response, userId: null });
  if (!result.ok) return { ok: false, message: PASSKEY_FAILURE_MESSAGES[result.reason] };
  if (!(await signInVerified(result.userId, "passkey")))
    return { ok: false, message: PASSKEY_FAILURE_MESSAGES.invalid };
  redirect(next);
}

// --- Set-up and changes, from /account ---------------------------------------------------------

export async function beginTotpSetupAction(): Promise<void> {
  const user = await requireUser();
  await beginTotpSetup(db, user.id);
  redirect("/account/two-factor");
}

export async function cancelTotpSetupAction(): Promise<void> {
  const user = await requireUser();
  await cancelTotpSetup(db, user.id);
  redirect("/account#two-factor");
}

/** What a form that ends by showing new recovery codes returns: the codes, once. */
export type RecoveryCodesState =
  ActionState<CodeField | "proof"> | { status: "codes"; message: string; recoveryCodes: string[] };

export async function confirmTotpSetupAction(
  _previous: RecoveryCodesState,
  formData: FormData,
): Promise<RecoveryCodesState> {
  const user = await requireUser();
  const parsed = codeSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter a code.";
    return failure(message, { code: message });
  }
  const result = await confirmTotpSetup(db, user.id, { code: parsed.data.code, ...(await requestContext()) });
  if (result.ok) {
    return { status: "codes", message: "Two-factor sign-in is on.", recoveryCodes: result.recoveryCodes };
  }
  if (result.reason === "no-setup")
    return failure("This set-up is no longer open. Start again from your account page.");
  const message =
    result.reason === "malformed"
      ? result.message
      : "That code is not right. Check the time on your phone is set automatically, and enter the code the app shows now.";
  return failure(message, { code: message });
}

async function checkProof(userId: string, formData: FormData): Promise<ActionState<"proof"> | null> {
  const parsed = proofSchema.safeParse(formValues(formData));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Enter a code from your app or your password.";
    return failure(message, { proof: message });
  }
  const result = await checkCodeOrPassword(db, userId, {
    proof: parsed.data.proof,
    address: await currentAddress(),
  });
  if (result.ok) return null;
  if (result.reason === "throttled") return failure(tooManyAttemptsMessage(result.waitMs));
  const message =
    result.reason === "replayed"
      ? "That code was already used. Wait for the next one."
      : "That is neither the current code from your app nor your password.";
  return failure(message, { proof: message });
}

export async function disableTwoFactorAction(
  _previous: ActionState<"proof">,
  formData: FormData,
): Promise<ActionState<"proof">> {
  const user = await requireUser();
  const refused = await checkProof(user.id, formData);
  if (refused) return refused;
  await disableTwoFactor(db, user.id, await requestContext());
  if (user.email) sendMailAfterResponse(twoFactorDisabledNotice(user.email));
  redirect("/account?changed=two-factor-off#two-factor");
}

export async function regenerateRecoveryCodesAction(
  _previous: RecoveryCodesState,
  formData: FormData,
): Promise<RecoveryCodesState> {
  const user = await requireUser();
  const refused = await checkProof(user.id, formData);
  if (refused) return refused;
  const recoveryCodes = await regenerateRecoveryCodes(db, user.id, await requestContext());
  return { status: "codes", message: "New recovery codes made; the old ones no longer work.", recoveryCodes };
}

// --- Passkeys on /account ----------------------------------------------------------------------

export type PasskeyRegistrationOptions =
  | { ok: true; options: Awaited<ReturnType<typeof startPasskeyRegistration>>["options"] }
  | { ok: false; message: string };

export async function passkeyRegistrationOptionsAction(): Promise<PasskeyRegistrationOptions> {
  const user = await requireUser();
  if (!user.email) return { ok: false, message: "This account has no email address to name the passkey by." };
  const { challengeId, options } = await startPasskeyRegistration(db, {
    id: user.id,
    email: user.email,
    name: user.name,
  });
  await setStepCookie(WEBAUTHN_COOKIE, challengeId, { path: "/", maxAgeMs: WEBAUTHN_CHALLENGE_TTL_MS });
  return { ok: true, options };
}

export async function passkeyRegisterAction(response: unknown, name: unknown): Promise<ActionState<"name">> {
  const user = await requireUser();
  const parsedName = passkeyNameSchema.safeParse({ name: typeof name === "string" ? name : "" });
  if (!parsedName.success) {
    const message = parsedName.error.issues[0]?.message ?? "Check the name.";
    return failure(message, { name: message });
  }
  const challengeId = await readStepCookie(WEBAUTHN_COOKIE);
  await clearStepCookie(WEBAUTHN_COOKIE, "/");
  const result = await finishPasskeyRegistration(db, {
    userId: user.id,
    challengeId,
    response,
    name: parsedName.data.name,
    ...(await requestContext()),
  });
  if (!result.ok) return failure(PASSKEY_FAILURE_MESSAGES[result.reason]);
  return success(`Passkey “${result.name}” added. You can sign in with it on ${site.name}.`);
}

export async function removePasskeyAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const passkeyId = formString(formData, "passkeyId").slice(0, 1_400);
  await removePasskey(db, { userId: user.id, passkeyId, ...(await requestContext()) });
  redirect("/account?changed=passkey-removed#passkeys");
}
