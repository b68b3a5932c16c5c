"use client";

import { updatePracticeSettingsAction } from "@/lib/progress/actions";
import { DAILY_NEW_LIMIT_MAX, DAILY_NEW_LIMIT_MIN } from "@/lib/progress/limits";
import { FormField } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

export function PracticeSettingsForm({
  dailyNewLimit,
  hideTags,
}: {
  dailyNewLimit: number;
  hideTags: boolean;
}) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(updatePracticeSettingsAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4">
      <FormField
        idPrefix="settings"
        name="dailyNewLimit"
        label="New questions a day"
        type="number"
        inputMode="numeric"
        min={DAILY_NEW_LIMIT_MIN}
        max={DAILY_NEW_LIMIT_MAX}
        defaultValue={dailyNewLimit}
        className="max-w-28"
        hint="Reviews that fall due are always shown."
        error={errorFor("dailyNewLimit")}
      />
      <div className="flex items-start gap-2">
        <input
          id="settings-hideTags"
          type="checkbox"
          name="hideTags"
          value="true"
          defaultChecked={hideTags}
          className="mt-0.5 size-4 accent-primary"
          aria-describedby="settings-hideTags-hint"
        />
        <div>
          <label htmlFor="settings-hideTags" className="text-sm font-medium">
            Hide difficulty and skill tags
          </label>
          <p id="settings-hideTags-hint" className="text-sm text-muted-foreground">
            For a realistic run: in an interview nobody tells you what a question is testing.
          </p>
        </div>
      </div>
      <FormStatus state={state} />
      <SubmitButton
        pending={pending}
        pendingLabel="Saving…"
        size="sm"
        variant="outline"
        className="justify-self-start"
      >
        Save settings
      </SubmitButton>
    </form>
  );
}
