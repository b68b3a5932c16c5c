"use client";

import { signInAction } from "@/lib/accounts/actions";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/components/ui/link";

export function SignInForm({ next }: { next: string }) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(signInAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="next" value={next} />
      <FormField
        name="email"
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        error={errorFor("email")}
      />
      <FormField
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        error={errorFor("password")}
      />
      <p className="-mt-2 text-sm">
        <Link className="link" href="/forgot-password">
          Forgot your password?
        </Link>
      </p>
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Signing in…" className="w-full">
        Sign in
      </SubmitButton>
      <p className="text-sm text-muted-foreground">
        New here?{" "}
        <Link className="link" href={next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}>
          Create an account
        </Link>
      </p>
    </form>
  );
}
