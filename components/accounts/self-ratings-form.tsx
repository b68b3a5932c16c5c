"use client";

import { saveSelfRatingsAction } from "@/lib/accounts/actions";
import { RATING_FIELD_PREFIX } from "@/lib/accounts/limits";
import { formatShare } from "@/lib/format";
import { cn } from "@/lib/utils/cn";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";

export const RATING_LABELS = ["New to it", "Basics", "Comfortable", "Strong", "Could teach it"] as const;

export interface RatedSkill {
  slug: string;
  name: string;
  demand: number;
  rating: number | null;
}

export function SelfRatingsForm({
  skills,
  roleName,
  next,
  from,
}: {
  skills: RatedSkill[];
  roleName: string;
  next: string;
  from: "onboarding" | "account";
}) {
  const { state, formAction, pending, onSubmit, errorFor } = useActionForm(saveSelfRatingsAction);
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4">
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="from" value={from} />
      <p className="text-sm text-muted-foreground">
        1 = {RATING_LABELS[0]}, 3 = {RATING_LABELS[2]}, 5 = {RATING_LABELS[4]}. Your practice replaces these
        guesses as soon as you grade yourself on a skill&apos;s questions.
      </p>
      <ol className="grid gap-3">
        {skills.map((skill) => {
          const field = `${RATING_FIELD_PREFIX}${skill.slug}`;
          const error = errorFor(field);
          return (
            <li key={skill.slug}>
              <fieldset
                className="grid gap-2 rounded-lg border p-3 sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
                aria-describedby={error ? `${field}-error` : undefined}
              >
                <legend className="contents">
                  <span className="font-medium">{skill.name}</span>
                  <span className="block text-sm text-muted-foreground sm:col-start-1">
                    asked in {formatShare(skill.demand)} of {roleName} postings
                  </span>
                </legend>
                <div className="flex flex-wrap gap-1.5 sm:col-start-2 sm:row-span-2 sm:row-start-1">
                  {[1, 2, 3, 4, 5].map((value) => (
                    <label
                      key={value}
                      className={cn(
                        "relative inline-flex size-10 cursor-pointer items-center justify-center rounded-md border bg-background text-sm font-medium",
                        "has-checked:border-primary has-checked:bg-primary has-checked:text-primary-foreground",
                        "has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring",
                      )}
                    >
                      <input
                        type="radio"
                        name={field}
                        value={value}
                        defaultChecked={skill.rating === value}
                        className="sr-only"
                      />
                      <span aria-hidden="true">{value}</span>
                      <span className="sr-only">
                        {value}: {RATING_LABELS[value - 1]}
                      </span>
                    </label>
                  ))}
                  <label className="relative inline-flex h-10 cursor-pointer items-center justify-center rounded-md border bg-background px-3 text-sm has-checked:border-primary has-checked:bg-accent has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-ring">
                    <input
                      type="radio"
                      name={field}
                      value=""
                      defaultChecked={skill.rating === null}
                      className="sr-only"
                    />
                    Skip
                  </label>
                </div>
                {error ? (
                  <p id={`${field}-error`} className="text-sm font-medium text-destructive">
                    {error}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Saving…" className="justify-self-start">
        {from === "onboarding" ? "Save and see my plan" : "Save self-ratings"}
      </SubmitButton>
    </form>
  );
}
