"use client";

import { useActionState } from "react";

import {
  confirmEmailAction,
  forgotPasswordAction,
  resendVerificationAction,
  resetPasswordAction,
} from "@/lib/accounts/email-actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/limits";
import { idleState } from "@/lib/forms/action-state";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

// The forms of the mailed-link flows (lib/accounts/email-actions.ts).

export function ForgotPasswordForm() {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(forgotPasswordAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={errorFor("email")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Sending…" className="w-full">
        Send reset link
      </SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(resetPasswordAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="token" value={token} />
      {/* For password managers: which account the new password belongs to. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <FormField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Every device signed in to this account will be signed out.`}
        error={errorFor("newPassword")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="w-full">
        Set new password
      </SubmitButton>
    </form>
  );
}

export function ConfirmEmailForm({ token, next }: { token: string; next: string }) {
  const [state, formAction, pending] = useActionState(confirmEmailAction, idleState);
  return (
    <form action={formAction} className="grid gap-5">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Confirming…" className="w-full">
        Confirm my email
      </SubmitButton>
    </form>
  );
}

export function ResendVerificationForm() {
  const [state, formAction, pending] = useActionState(resendVerificationAction, idleState);
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <SubmitButton pending={pending} pendingLabel="Sending…" variant="outline">
        Send the confirmation link again
      </SubmitButton>
      <FormStatus state={state} />
    </form>
  );
}
