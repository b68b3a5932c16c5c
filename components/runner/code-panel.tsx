"use client";

import type { RunnerSpec } from "@/lib/runner/runner-spec";

import { RunnablePanel } from "./runnable-panel";

// Write and run an answer (issue 13): SQL in PGlite, Python in Pyodide, each in a Web Worker that
// loads on the editor's first focus or the first Run. Run shows the output; Submit checks it with
// the same code content:check uses, and proposes a grade for the practice controls to record.

export function CodePanel({
  questionSlug,
  spec,
  answerId,
  headingLevel = 2,
}: {
  questionSlug: string;
  spec: RunnerSpec;
  answerId: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const headingId = `code-${questionSlug}`;
  if ("unavailable" in spec) {
    return (
      <section aria-labelledby={headingId} className="rounded-xl border p-5">
        <Heading id={headingId} className="text-subheading">
          Write and run your answer
        </Heading>
        <p className="mt-2 text-sm text-muted-foreground">
          This question is self-graded: {spec.unavailable} The in-browser runner has Python&apos;s standard
          library only.
        </p>
      </section>
    );
  }
  return (
    <RunnablePanel
      questionSlug={questionSlug}
      spec={spec}
      answerId={answerId}
      Heading={Heading}
      headingId={headingId}
    />
  );
}
