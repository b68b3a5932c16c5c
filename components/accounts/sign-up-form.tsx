"use client";

import { PASSWORD_MIN_LENGTH } from "@/lib/accounts/limits";
import { signUpAction } from "@/lib/accounts/actions";
import { NAME_MAX_LENGTH } from "@/lib/accounts/limits";
import { signInPath } from "@/lib/accounts/return-path";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Link } from "@/components/ui/link";

export function SignUpForm({ next }: { next: string }) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(signUpAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="next" value={next} />
      <FormField
        name="name"
        label="Name (optional)"
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        error={errorFor("name")}
      />
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
        autoComplete="new-password"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A few unrelated words make a strong, memorable password; a password manager is even better.`}
        error={errorFor("password")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Creating your account…" className="w-full">
        Create account
      </SubmitButton>
      <p className="text-sm text-muted-foreground">
        Already have an account?{" "}
        <Link className="link" href={next ? signInPath(next) : "/sign-in"}>
          Sign in
        </Link>
      </p>
    </form>
  );
}
