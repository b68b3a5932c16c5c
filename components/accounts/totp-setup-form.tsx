"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import { confirmTotpSetupAction, type RecoveryCodesState } from "@/lib/accounts/second-factor-actions";
import { idleState } from "@/lib/forms/action-state";
import { buttonVariants } from "@/components/ui/button";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { Link } from "@/components/ui/link";

import { RecoveryCodes } from "./recovery-codes";

/** The first code confirms the set-up; then the recovery codes, once. */
export function TotpSetupForm() {
  const [state, formAction, pending] = useActionState(
    confirmTotpSetupAction,
    idleState as RecoveryCodesState,
  );
  if (state.status === "codes") {
    return (
      <div className="grid gap-5">
        <p role="status" className="rounded-md border border-success p-3 text-sm font-medium text-success">
          {state.message} From now on, signing in asks for a code after your password.
        </p>
        <RecoveryCodes codes={state.recoveryCodes} />
        <Link className={buttonVariants({ className: "justify-self-start" })} href="/account#two-factor">
          I have saved them: back to my account
        </Link>
      </div>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const error = state.status === "error" ? state.fieldErrors.code : undefined;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <FormField
        name="code"
        label="Code from the app"
        hint="Enter the 6-digit code the app now shows for this account."
        autoComplete="one-time-code"
        inputMode="numeric"
        required
        error={error}
      />
      <FormStatus state={state.status === "error" || state.status === "success" ? state : idleState} />
      <SubmitButton pending={pending} pendingLabel="Checking…" className="justify-self-start">
        Turn on two-factor sign-in
      </SubmitButton>
    </form>
  );
}
