"use client";

import { updateProfileAction } from "@/lib/accounts/actions";
import { NAME_MAX_LENGTH } from "@/lib/accounts/limits";
import type { RoleRef } from "@/lib/roles/types";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { FieldError, FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

interface ProfileFormProps {
  roles: RoleRef[];
  name: string | null;
  currentRole: string | null;
  targetRole: string | null;
}

export function ProfileForm({ roles, name, currentRole, targetRole }: ProfileFormProps) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(updateProfileAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5">
      <FormField
        idPrefix="profile"
        name="name"
        label="Name"
        autoComplete="name"
        maxLength={NAME_MAX_LENGTH}
        defaultValue={name ?? ""}
        error={errorFor("name")}
      />
      <RoleSelect
        name="currentRole"
        label="Current role"
        hint="The role you hold now, or the closest one."
        roles={roles}
        defaultValue={currentRole}
        error={errorFor("currentRole")}
      />
      <RoleSelect
        name="targetRole"
        label="Target role"
        hint="The role you are preparing for: your plan and practice follow what it asks for."
        roles={roles}
        defaultValue={targetRole}
        error={errorFor("targetRole")}
      />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        Save profile
      </SubmitButton>
    </form>
  );
}

export function RoleSelect({
  name,
  label,
  hint,
  roles,
  defaultValue,
  error,
}: {
  name: string;
  label: string;
  hint: string;
  roles: RoleRef[];
  defaultValue: string | null;
  error: string | undefined;
}) {
  const id = `profile-${name}`;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {hint}
      </p>
      <Select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      >
        <option value="">Not chosen</option>
        {roles.map((role) => (
          <option key={role.slug} value={role.slug}>
            {role.name}
          </option>
        ))}
      </Select>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
