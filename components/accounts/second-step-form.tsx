"use client";

import { twoFactorSignInAction } from "@/lib/accounts/second-factor-actions";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** The sign-in's second step: the code from the app, or a recovery code, in one field. */
export function SecondStepForm({ next }: { next: string }) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(twoFactorSignInAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="next" value={next} />
      <FormField
        name="code"
        label="Code"
        hint="The 6-digit code your authenticator app shows for this account, or one of your recovery codes."
        autoComplete="one-time-code"
        autoCapitalize="none"
        spellCheck={false}
        autoFocus
        required
        error={errorFor("code")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Checking…" className="w-full">
        Verify and sign in
      </SubmitButton>
    </form>
  );
}
