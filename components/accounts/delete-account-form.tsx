"use client";

import { deleteAccountAction } from "@/lib/accounts/actions";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

export function DeleteAccountForm({ email }: { email: string }) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(deleteAccountAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <FormField
        idPrefix="delete"
        name="confirmation"
        label={`Type ${email} to confirm`}
        autoComplete="off"
        spellCheck={false}
        required
        error={errorFor("confirmation")}
      />
      <FormStatus state={state} />
      <SubmitButton
        pending={pending}
        pendingLabel="Deleting…"
        variant="destructive"
        className="justify-self-start"
      >
        Delete my account and all my data
      </SubmitButton>
    </form>
  );
}
