"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import {
  disableTwoFactorAction,
  regenerateRecoveryCodesAction,
  type RecoveryCodesState,
} from "@/lib/accounts/second-factor-actions";
import { idleState } from "@/lib/forms/action-state";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

import { RecoveryCodes } from "./recovery-codes";

const PROOF_HINT = "The code your app shows now, or your password.";

/** With two-factor on: new recovery codes, or turning it off; both ask for a code or the password. */
export function TwoFactorSettings() {
  return (
    <div className="grid gap-8">
      <RegenerateCodesForm />
      <DisableForm />
    </div>
  );
}

function RegenerateCodesForm() {
  const [state, formAction, pending] = useActionState(
    regenerateRecoveryCodesAction,
    idleState as RecoveryCodesState,
  );
  if (state.status === "codes") {
    return (
      <div className="grid gap-4">
        <p role="status" className="text-sm font-medium text-success">
          {state.message}
        </p>
        <RecoveryCodes codes={state.recoveryCodes} />
      </div>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4">
      <h3 className="font-medium">New recovery codes</h3>
      <FormField
        idPrefix="regenerate"
        name="proof"
        label="Code or password"
        type="password"
        autoComplete="one-time-code"
        hint={`${PROOF_HINT} The old codes stop working.`}
        required
        error={state.status === "error" ? state.fieldErrors.proof : undefined}
      />
      <FormStatus state={state.status === "error" || state.status === "success" ? state : idleState} />
      <SubmitButton
        pending={pending}
        pendingLabel="Making codes…"
        variant="outline"
        className="justify-self-start"
      >
        Make new recovery codes
      </SubmitButton>
    </form>
  );
}

function DisableForm() {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(disableTwoFactorAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4 border-t pt-6">
      <h3 className="font-medium">Turn off two-factor sign-in</h3>
      <FormField
        idPrefix="disable"
        name="proof"
        label="Code or password"
        type="password"
        autoComplete="one-time-code"
        hint={`${PROOF_HINT} We will email you that it was turned off.`}
        required
        error={errorFor("proof")}
      />
      <FormStatus state={state} />
      <SubmitButton
        pending={pending}
        pendingLabel="Turning off…"
        variant="destructive"
        className="justify-self-start"
      >
        Turn off two-factor sign-in
      </SubmitButton>
    </form>
  );
}
