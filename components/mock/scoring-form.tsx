"use client";

import { useActionState, type ReactNode } from "react";

import { scoreMockAction } from "@/lib/mock/actions";
import { idleState } from "@/lib/forms/action-state";
import { FormStatus } from "@/components/forms/form-status";
import { SubmitButton } from "@/components/forms/submit-button";
import { InlineTitle } from "@/components/questions/inline-title";

export interface ScoringItem {
  position: number;
  title: string;
  round: string;
  timeText: string;
  answer: ReactNode;
  modelAnswer: ReactNode;
  /** Rubric questions: the criteria to tick. Checked questions: what the check found. */
  rubric: { criterion: string; points: number }[] | null;
  checkText: string | null;
}

/** Each answer beside the model answer and its rubric; the person ticks what they met. */
export function ScoringForm({ mockId, items }: { mockId: string; items: ScoringItem[] }) {
  const [state, formAction, pending] = useActionState(scoreMockAction, idleState);
  return (
    <form action={formAction} className="grid gap-10 [&>*]:min-w-0">
      <input type="hidden" name="mockId" value={mockId} />
      {items.map((item) => (
        <section
          key={item.position}
          aria-labelledby={`q-${item.position}`}
          className="grid gap-4 rounded-xl border p-4 sm:p-6 [&>*]:min-w-0"
        >
          <div>
            <p className="text-sm text-muted-foreground">
              Question {item.position + 1} · {item.round} · {item.timeText}
            </p>
            <h2 id={`q-${item.position}`} className="text-heading">
              <InlineTitle>{item.title}</InlineTitle>
            </h2>
          </div>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="min-w-0">
              <h3 className="font-medium">Your answer</h3>
              <div className="mt-2">{item.answer}</div>
            </div>
            <div className="min-w-0">
              <h3 className="font-medium">Model answer</h3>
              <div className="mt-2">{item.modelAnswer}</div>
            </div>
          </div>
          {item.rubric ? (
            <fieldset className="grid gap-2">
              <legend className="font-medium">Rubric: tick what your answer did</legend>
              {item.rubric.map((criterion, index) => (
                <label key={criterion.criterion} className="flex gap-3 rounded-md border p-3">
                  <input type="checkbox" name="met" value={`${item.position}:${index}`} className="mt-1" />
                  <span>
                    {criterion.criterion}{" "}
                    <span className="text-sm text-muted-foreground">
                      ({criterion.points} point{criterion.points === 1 ? "" : "s"})
                    </span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : (
            <p className="rounded-md border bg-muted p-3 text-sm">{item.checkText}</p>
          )}
        </section>
      ))}
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingLabel="Scoring…" className="justify-self-start">
        Score this mock
      </SubmitButton>
    </form>
  );
}
