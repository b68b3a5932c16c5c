"use client";

import { startMockAction } from "@/lib/mock/actions";
import { MOCK_FORMATS, MOCK_LENGTHS, type MockFormatId } from "@/lib/mock/formats";
import { FieldError } from "@/components/forms/form-field";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

/** Choose a format, a length and the options; starting shows the first question at once. */
export function MockSetupForm({
  defaultFormat,
  targetRoleName,
}: {
  defaultFormat: MockFormatId;
  targetRoleName: string | null;
}) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(startMockAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-8">
      <fieldset className="grid gap-3" aria-describedby={errorFor("format") ? "format-error" : undefined}>
        <legend className="mb-2 text-subheading">Format</legend>
        {MOCK_FORMATS.map((format) => (
          <label
            key={format.id}
            className="flex gap-3 rounded-lg border p-3 has-[:checked]:border-primary has-[:checked]:bg-accent"
          >
            <input
              type="radio"
              name="format"
              value={format.id}
              defaultChecked={format.id === defaultFormat}
              className="mt-1"
            />
            <span>
              <span className="font-medium">
                {format.name}
                {format.id === defaultFormat && targetRoleName ? ` (for your target, ${targetRoleName})` : ""}
              </span>
              <span className="block text-sm text-muted-foreground">{format.description}</span>
            </span>
          </label>
        ))}
        <FieldError id="format-error" message={errorFor("format")} />
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-subheading">Length</legend>
        <div className="flex flex-wrap gap-3">
          {MOCK_LENGTHS.map((length) => (
            <label
              key={length}
              className="flex items-center gap-2 rounded-lg border px-4 py-2 has-[:checked]:border-primary has-[:checked]:bg-accent"
            >
              <input type="radio" name="length" value={length} defaultChecked={length === 30} />
              {length} minutes
            </label>
          ))}
        </div>
        <FieldError id="length-error" message={errorFor("length")} />
      </fieldset>
      <fieldset className="grid gap-3">
        <legend className="mb-2 text-subheading">Options</legend>
        <label className="flex gap-3">
          <input type="checkbox" name="hideTags" defaultChecked className="mt-1" />
          <span>
            Hide tags
            <span className="block text-sm text-muted-foreground">
              No difficulty or skill on the questions, as in a real interview.
            </span>
          </span>
        </label>
        <label className="flex gap-3">
          <input type="checkbox" name="practiceMode" className="mt-1" />
          <span>
            Practice mode
            <span className="block text-sm text-muted-foreground">
              You may pause the clocks. Off, time runs as in a real interview, even if you leave the page.
            </span>
          </span>
        </label>
      </fieldset>
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Choosing questions…" className="justify-self-start">
        Start the mock
      </SubmitButton>
    </form>
  );
}
