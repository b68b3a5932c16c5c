"use client";

import { lazy, Suspense } from "react";

import { NOTE_MAX_LENGTH } from "@/lib/progress/limits";
import { Button } from "@/components/ui/button";

import { StatusLine } from "./status-line";

import type { NoteState } from "./use-note";

const NoteMarkdown = lazy(() => import("./note-markdown"));

/** The notes section of the practice panel: the saved note rendered, or the field to write it. */
export function NoteEditor({
  questionSlug,
  note,
  signInHref,
}: {
  questionSlug: string;
  note: NoteState;
  signInHref: string | null;
}) {
  return (
    <section aria-labelledby={`notes-${questionSlug}`} className="grid gap-2">
      <h3 id={`notes-${questionSlug}`} className="text-sm font-semibold">
        Your notes <span className="font-normal text-muted-foreground">(private, Markdown)</span>
      </h3>
      {!note.editing && note.saved ? (
        <>
          <Suspense fallback={<p className="text-sm whitespace-pre-wrap">{note.saved}</p>}>
            <NoteMarkdown className="rounded-md border bg-background p-3">{note.saved}</NoteMarkdown>
          </Suspense>
          <Button variant="outline" size="sm" className="justify-self-start" onClick={note.edit}>
            Edit note
          </Button>
        </>
      ) : (
        <>
          <label htmlFor={`note-${questionSlug}`} className="sr-only">
            Note on this question
          </label>
          <textarea
            id={`note-${questionSlug}`}
            value={note.text}
            maxLength={NOTE_MAX_LENGTH}
            onChange={(event) => note.setText(event.target.value)}
            rows={4}
            placeholder="What tripped you up, what to remember…"
            className="w-full rounded-md border border-input bg-card px-3 py-2 text-base shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring sm:text-sm"
          />
          <div className="flex flex-wrap items-center gap-3">
            <Button size="sm" variant="outline" onClick={() => void note.save()}>
              Save note
            </Button>
            {note.saved ? (
              <Button size="sm" variant="ghost" onClick={note.cancel}>
                Cancel
              </Button>
            ) : null}
          </div>
        </>
      )}
      <StatusLine text={note.status} signInHref={signInHref} className="text-muted-foreground" />
    </section>
  );
}
