"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import { GRADE_LABELS, type GradeName } from "@/lib/progress/grades";
import { sessionSummary, type SessionCounts } from "@/lib/progress/session-summary";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";

import type { RunnerSpec } from "@/lib/runner/runner-spec";
import { CodeCheckProvider } from "@/components/runner/check-context";
import { LazyCodePanel } from "@/components/runner/lazy-code-panel";
import { InlineTitle } from "@/components/questions/inline-title";
import { Link } from "@/components/ui/link";

import { PracticeControls } from "./practice-controls";
import { useShortcuts } from "./use-shortcuts";

export interface SessionItem {
  slug: string;
  title: string;
  kind: "review" | "new";
  /** Shown unless tags are hidden. */
  tags: string[];
  /** Why it is in the session, read after its kind: "Review · due", "New · for Python". */
  reason: string;
  /** The code panel's spec, for SQL and coding questions. */
  runner: RunnerSpec | null;
  prompt: ReactNode;
  answer: ReactNode;
}

/**
 * One question at a time: the due reviews first, then new questions. Grading moves the session on
 * (N or the Next button), the counts above it move with each grade, and the summary at the end says
 * what was done.
 */
export function PracticeSession({
  items,
  hideTags,
  counts,
  pickedFor,
}: {
  items: SessionItem[];
  hideTags: boolean;
  counts: SessionCounts;
  /** What the new questions were picked for ("your largest skill gaps", "SQL"), if anything. */
  pickedFor: string | null;
}) {
  const [index, setIndex] = useState(0);
  const [graded, setGraded] = useState<{ slug: string; grade: GradeName; kind: SessionItem["kind"] }[]>([]);
  const [currentGraded, setCurrentGraded] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const item = items[index];

  const next = () => {
    setIndex((value) => value + 1);
    setCurrentGraded(false);
  };

  // Focus follows the session: the new question's heading, so screen readers announce it.
  useEffect(() => {
    if (index > 0) headingRef.current?.focus();
  }, [index]);

  useEffect(() => {
    if (currentGraded) nextRef.current?.focus();
  }, [currentGraded]);
  useShortcuts(currentGraded, { n: next });

  const summary = (
    <p className="mb-6 text-lead text-muted-foreground" aria-live="polite">
      {sessionSummary(counts, graded, pickedFor)}
    </p>
  );

  if (!item) {
    return (
      <>
        {summary}
        <section aria-labelledby="session-done" className="rounded-xl border bg-card p-6">
          <h2 id="session-done" ref={headingRef} tabIndex={-1} className="text-heading">
            Session complete
          </h2>
          <p className="mt-2">
            {graded.length === 0
              ? "Nothing left for today."
              : `You graded ${graded.length} question${graded.length === 1 ? "" : "s"}: ${summarise(graded)}.`}
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <ButtonLink href="/dashboard">See your dashboard</ButtonLink>
            <ButtonLink href="/plan" variant="outline">
              Your plan
            </ButtonLink>
          </div>
        </section>
      </>
    );
  }

  return (
    <>
      {summary}
      <CodeCheckProvider key={item.slug}>
        <article
          aria-labelledby="session-question"
          className="grid grid-cols-1 gap-6 rounded-xl border bg-card p-5 sm:p-6"
        >
          <header className="grid gap-2">
            <p className="text-sm text-muted-foreground">
              Question {index + 1} of {items.length} · {item.kind === "review" ? "Review" : "New"}
              {hideTags ? null : <> · {item.reason}</>}
            </p>
            <h2 id="session-question" ref={headingRef} tabIndex={-1} className="text-heading">
              <InlineTitle>{item.title}</InlineTitle>
            </h2>
            {hideTags || item.tags.length === 0 ? null : (
              <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
                {item.tags.map((tag) => (
                  <li key={tag}>
                    <Badge variant="secondary">{tag}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </header>
          <div className="min-w-0">{item.prompt}</div>
          {item.runner ? (
            <LazyCodePanel
              key={`code-${item.slug}`}
              questionSlug={item.slug}
              spec={item.runner}
              answerId="practice-answer"
              headingLevel={3}
            />
          ) : null}
          <details id="practice-answer" key={`answer-${item.slug}`} className="rounded-lg border p-4">
            <summary className="cursor-pointer font-medium">
              Show the model answer <kbd className="ml-1 text-xs text-muted-foreground">R</kbd>
            </summary>
            <div className="mt-4">{item.answer}</div>
          </details>
          <PracticeControls
            key={item.slug}
            questionSlug={item.slug}
            answerId="practice-answer"
            signedIn
            initial={null}
            shortcuts
            autoStartTimer
            onRecorded={(_result, grade) => {
              // A regrade of the same question replaces its first grade rather than counting twice.
              setGraded((list) => [
                ...list.filter((g) => g.slug !== item.slug),
                { slug: item.slug, grade, kind: item.kind },
              ]);
              setCurrentGraded(true);
            }}
          />
          <div className="flex flex-wrap items-center gap-3 border-t pt-4">
            <Button ref={nextRef} onClick={next} variant={currentGraded ? "default" : "outline"}>
              {currentGraded ? "Next question" : "Skip"}
              {currentGraded ? <kbd className="ml-1 text-xs opacity-80">N</kbd> : null}
            </Button>
            <Link className="link text-sm" href={`/questions/${item.slug}`}>
              Open the full question page
            </Link>
          </div>
        </article>
      </CodeCheckProvider>
    </>
  );
}

function summarise(graded: { grade: GradeName }[]): string {
  const counts = new Map<GradeName, number>();
  for (const { grade } of graded) counts.set(grade, (counts.get(grade) ?? 0) + 1);
  return [...counts].map(([grade, count]) => `${count} ${GRADE_LABELS[grade]}`).join(", ");
}
