"use client";

import { saveOnboardingRolesAction } from "@/lib/accounts/actions";
import type { RoleRef } from "@/lib/roles/types";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { RoleSelect } from "@/components/accounts/profile-form";

export function OnboardingRolesForm({
  roles,
  currentRole,
  targetRole,
  next,
}: {
  roles: RoleRef[];
  currentRole: string | null;
  targetRole: string | null;
  next: string;
}) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(saveOnboardingRolesAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <input type="hidden" name="next" value={next} />
      <RoleSelect
        name="currentRole"
        label="Your current role"
        hint="The role you hold now, or the closest one. Leave it unchosen if none fits."
        roles={roles}
        defaultValue={currentRole}
        error={errorFor("currentRole")}
      />
      <RoleSelect
        name="targetRole"
        label="The role you want"
        hint="Your plan ranks skills by how often this role's postings ask for them."
        roles={roles}
        defaultValue={targetRole}
        error={errorFor("targetRole")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        Continue
      </SubmitButton>
    </form>
  );
}
