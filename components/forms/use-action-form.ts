"use client";

import { startTransition, useActionState, type FormEvent } from "react";

import { idleState, type ActionState } from "@/lib/forms/action-state";

type FormAction<Field extends string> = (
  state: ActionState<Field>,
  formData: FormData,
) => Promise<ActionState<Field>>;

/**
 * useActionState for a form that keeps what was typed. React resets a form after its action runs,
 * which would wipe every field on a validation error; submitting through onSubmit avoids the reset
 * while `action` still works without JavaScript (the browser posts the form, the page re-renders).
 */
export function useActionForm<Field extends string>(action: FormAction<Field>) {
  const [state, formAction, pending] = useActionState(action, idleState as ActionState<Field>);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
  const errorFor = (field: Field): string | undefined =>
    state.status === "error" ? state.fieldErrors[field] : undefined;
  return { state, formAction, pending, onSubmit, errorFor };
}
