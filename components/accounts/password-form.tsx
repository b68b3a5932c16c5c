"use client";

import { changePasswordAction } from "@/lib/accounts/actions";
import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/limits";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

export function PasswordForm() {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(changePasswordAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      {/* For password managers: which account this password belongs to. */}
      <FormField
        idPrefix="password"
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor("currentPassword")}
      />
      <FormField
        idPrefix="password"
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. Changing it signs out every other device.`}
        error={errorFor("newPassword")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Changing…" className="justify-self-start">
        Change password
      </SubmitButton>
    </form>
  );
}
