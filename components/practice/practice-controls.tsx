"use client";

import { useCallback, useEffect, useState } from "react";

import { signInPath } from "@/lib/accounts/return-path";
import { progressApi, type AttemptResponse, type QuestionProgressView } from "@/lib/progress/client-api";
import { loadDraft, updateDraft } from "@/lib/progress/drafts";
import { GRADE_LABELS, GRADES, type GradeName } from "@/lib/progress/grades";
import { cn } from "@/lib/utils/cn";
import { Button } from "@/components/ui/button";

import { useCodeCheck } from "@/components/runner/check-context";

import { GradeButtons } from "./grade-buttons";
import { NoteEditor } from "./note-editor";
import { StatusLine } from "./status-line";
import { formatDue, useGrading } from "./use-grading";
import { useNote } from "./use-note";
import { useSavedDrafts } from "./use-saved-drafts";
import { useShortcuts } from "./use-shortcuts";
import { formatClock, useTimer } from "./use-timer";

export interface PracticeControlsProps {
  questionSlug: string;
  /** The id of the <details> element holding the model answer. */
  answerId: string;
  signedIn: boolean;
  initial: QuestionProgressView | null;
  /** Keyboard shortcuts (R reveal, 1–4 grade, T timer), for practice sessions. */
  shortcuts?: boolean;
  /** Start the timer at once (a practice session), rather than on request. */
  autoStartTimer?: boolean;
  onRecorded?: (result: AttemptResponse, grade: GradeName) => void;
}

/**
 * Timer, reveal, self-grading, bookmark and private notes for one question. Signed out, the same
 * controls work and what is entered waits in this browser (lib/progress/drafts.ts) until sign-in.
 */
export function PracticeControls({
  questionSlug,
  answerId,
  signedIn,
  initial,
  shortcuts = false,
  autoStartTimer = false,
  onRecorded,
}: PracticeControlsProps) {
  const timer = useTimer(autoStartTimer);
  const grading = useGrading(questionSlug, signedIn, onRecorded);
  const note = useNote(questionSlug, signedIn, initial?.note?.body ?? null);
  const [revealed, setRevealed] = useState(false);
  const [bookmarked, setBookmarked] = useState(
    () => (signedIn ? null : loadDraft(questionSlug)?.bookmarked) ?? initial?.bookmarked ?? false,
  );
  const signInHref = signedIn ? null : signInPath(`/questions/${questionSlug}`);

  useSavedDrafts(questionSlug, signedIn, (result) => {
    if (result.note) note.restored(result.note.body, result.note.saved);
    if (result.bookmarked !== undefined) setBookmarked(result.bookmarked);
    if (result.saved.length > 0) {
      grading.setStatus({
        tone: "info",
        text: `Saved ${result.saved.join(", ")} from before you signed in.`,
      });
    }
  });

  // The model answer's own <details> is the one way to reveal it (issue 17: a second "Reveal"
  // button beside it was one control too many); opening it stops the clock and opens grading.
  const { stop: stopTimer } = timer;
  useEffect(() => {
    const details = document.getElementById(answerId);
    if (!(details instanceof HTMLDetailsElement)) return;
    const onToggle = () => {
      if (!details.open) return;
      setRevealed(true);
      stopTimer();
    };
    details.addEventListener("toggle", onToggle);
    // Opened before these controls mounted (a question page loads them after its progress).
    onToggle();
    return () => details.removeEventListener("toggle", onToggle);
  }, [answerId, stopTimer]);

  /** The R and Space keys: open the answer and bring it into view. */
  const reveal = useCallback(() => {
    const details = document.getElementById(answerId);
    if (details instanceof HTMLDetailsElement) {
      details.open = true;
      details.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    setRevealed(true);
    stopTimer();
  }, [answerId, stopTimer]);

  const codeCheck = useCodeCheck();
  const check = codeCheck?.check ?? null;
  const grade = (value: GradeName) => {
    timer.stop();
    void grading.grade(value, timer.used ? timer.seconds : null, check).then(() => codeCheck?.setCheck(null));
  };
  // A checked submission can be graded at once: the check, not the model answer, says how it went.
  const gradable = revealed || check !== null;

  const toggleBookmark = async () => {
    const next = !bookmarked;
    setBookmarked(next);
    if (!signedIn) {
      updateDraft(questionSlug, { bookmarked: next });
      grading.setStatus({
        tone: "info",
        text: "Sign in to keep this bookmark: it is kept in this browser until you do.",
      });
      return;
    }
    const result = await progressApi.setBookmark(questionSlug, next);
    if (!result.ok) {
      setBookmarked(!next);
      grading.setStatus({ tone: "error", text: `Bookmark not saved: ${result.message}` });
    }
  };

  useShortcuts(shortcuts, {
    r: reveal,
    " ": reveal,
    t: timer.toggle,
    ...Object.fromEntries(GRADES.map((value, index) => [String(index + 1), () => gradable && grade(value)])),
  });

  // The grade being recorded shows as chosen at once; a failed recording falls back to the last one.
  const chosen = grading.pending ?? grading.chosen;
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <span
            className="min-w-14 rounded-md border bg-background px-2 py-1.5 text-center font-mono text-sm tabular-nums"
            role="timer"
            aria-label={`Time spent: ${Math.floor(timer.seconds / 60)} minutes ${timer.seconds % 60} seconds`}
          >
            {formatClock(timer.seconds)}
          </span>
          <Button variant="outline" size="sm" onClick={timer.toggle}>
            {timer.running ? "Pause timer" : timer.seconds > 0 ? "Resume timer" : "Start timer"}
            {shortcuts ? <kbd className="ml-1 text-xs text-muted-foreground">T</kbd> : null}
          </Button>
        </div>
        <Button variant="outline" size="sm" aria-pressed={bookmarked} onClick={() => void toggleBookmark()}>
          <svg
            aria-hidden="true"
            viewBox="0 0 24 24"
            className={cn("size-4", bookmarked ? "fill-current" : "fill-none")}
          >
            <path d="M6 3h12v18l-6-4-6 4z" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
          </svg>
          {bookmarked ? "Bookmarked" : "Bookmark"}
        </Button>
      </div>

      <GradeButtons
        legend={
          check
            ? `${check.summary} Suggested grade: ${GRADE_LABELS[check.proposed]}. Record it, or choose another.`
            : revealed
              ? "How did you do?"
              : "Open the model answer, then grade yourself"
        }
        selected={chosen}
        pending={grading.pending}
        suggested={chosen === null ? (check?.proposed ?? null) : null}
        closed={!gradable}
        busy={grading.pending !== null}
        shortcuts={shortcuts}
        onGrade={grade}
      />

      <StatusLine
        text={grading.status?.text ?? null}
        signInHref={signInHref}
        className={grading.status?.tone === "error" ? "text-destructive" : undefined}
      />
      {initial?.review && !grading.status ? (
        <p className="text-sm text-muted-foreground">
          {initial.attempts} attempt{initial.attempts === 1 ? "" : "s"} so far;{" "}
          {initial.review.isDue ? "due for review now." : `next review ${formatDue(initial.review.due)}.`}
        </p>
      ) : null}

      <NoteEditor questionSlug={questionSlug} note={note} signInHref={signInHref} />

      {shortcuts ? (
        <p className="text-xs text-muted-foreground">
          Keys: <kbd>R</kbd> or <kbd>Space</kbd> reveal, <kbd>1</kbd>–<kbd>4</kbd> grade Again to Easy,{" "}
          <kbd>N</kbd> next question, <kbd>T</kbd> timer.
        </p>
      ) : null}
    </div>
  );
}
