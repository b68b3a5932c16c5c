"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

import { startRegistration } from "@simplewebauthn/browser";

import {
  passkeyRegisterAction,
  passkeyRegistrationOptionsAction,
} from "@/lib/accounts/second-factor-actions";
import type { ActionState } from "@/lib/forms/action-state";
import { idleState } from "@/lib/forms/action-state";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";

import { passkeyErrorMessage } from "./passkey-errors";

/** Adds a passkey: the server's options, the device's prompt, the server's check. */
export function AddPasskeyForm() {
  const router = useRouter();
  const [state, setState] = useState<ActionState<"name">>(idleState);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get("name");
    const name = typeof value === "string" ? value : "";
    setPending(true);
    setState(idleState);
    try {
      const options = await passkeyRegistrationOptionsAction();
      if (!options.ok) {
        setState({ status: "error", message: options.message, fieldErrors: {} });
        return;
      }
      const response = await startRegistration(options.options);
      const result = await passkeyRegisterAction(response, name);
      setState(result);
      if (result.status === "success") router.refresh();
    } catch (error) {
      setState({ status: "error", message: passkeyErrorMessage(error), fieldErrors: {} });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormField
        idPrefix="passkey"
        name="name"
        label="Name (optional)"
        hint="To tell your passkeys apart, e.g. “Work laptop”."
        maxLength={60}
        autoComplete="off"
        error={state.status === "error" ? state.fieldErrors.name : undefined}
      />
      <FormStatus state={state} />
      <SubmitButton
        pending={pending}
        pendingLabel="Waiting for your device…"
        variant="outline"
        className="justify-self-start"
      >
        Add a passkey
      </SubmitButton>
    </form>
  );
}
