"use client";

import { useState } from "react";

import { startAuthentication } from "@simplewebauthn/browser";

import { passkeySignInAction, passkeySignInOptionsAction } from "@/lib/accounts/second-factor-actions";
import { Button } from "@/components/ui/button";

import { passkeyErrorMessage } from "./passkey-errors";

/**
 * Signs in with a passkey: the server's options, the browser's prompt, the server's check (which
 * redirects on success). `secondStep`: after a password, with the account's own passkeys only.
 */
export function PasskeySignInButton({
  secondStep,
  next,
  label,
}: {
  secondStep: boolean;
  next: string;
  label: string;
}) {
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);

  async function signInWithPasskey() {
    setPending(true);
    setMessage("");
    try {
      const options = await passkeySignInOptionsAction(secondStep);
      if (!options.ok) {
        setMessage(options.message);
        return;
      }
      const response = await startAuthentication(options.options);
      const result = await passkeySignInAction(response, secondStep, next);
      // Only failures come back: a success redirects.
      if (result && !result.ok) setMessage(result.message);
    } catch (error) {
      setMessage(passkeyErrorMessage(error));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="grid gap-2">
      <Button
        type="button"
        variant="outline"
        className="w-full"
        disabled={pending}
        onClick={signInWithPasskey}
      >
        {pending ? "Waiting for your passkey…" : label}
      </Button>
      <p role="status" aria-live="polite" className="text-sm font-medium text-destructive empty:hidden">
        {message}
      </p>
    </div>
  );
}
