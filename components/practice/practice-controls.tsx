"use client";

import { useCallback, useEffect, useRef, useState, lazy, Suspense } from "react";

import Link from "next/link";

import {
  browserTimeZone,
  GRADE_HINTS,
  GRADE_LABELS,
  progressApi,
  type AttemptResponse,
  type GradeName,
  type QuestionProgressView,
} from "@/lib/progress/client-api";
import { clearDraft, loadDraft, updateDraft } from "@/lib/progress/drafts";
import { cn } from "@/lib/utils/cn";
import { Button } from "@/components/ui/button";

const NoteMarkdown = lazy(() => import("./note-markdown"));

const GRADES: GradeName[] = ["AGAIN", "HARD", "GOOD", "EASY"];
const NOTE_MAX_LENGTH = 20_000;

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

function formatClock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, "0")}:${String(s).padStart(2, "0")}`;
}

function formatDue(iso: string): string {
  const due = new Date(iso);
  const days = Math.round((due.getTime() - Date.now()) / 86_400_000);
  const date = due.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
  if (days <= 0)
    return `later today (${due.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })})`;
  return `in ${days} day${days === 1 ? "" : "s"} (${date})`;
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
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
  const [seconds, setSeconds] = useState(0);
  const [running, setRunning] = useState(autoStartTimer);
  const [timerUsed, setTimerUsed] = useState(autoStartTimer);
  const [revealed, setRevealed] = useState(false);
  const [status, setStatus] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [pendingGrade, setPendingGrade] = useState<GradeName | null>(null);
  // Signed out, what was entered earlier comes back from this browser (only ever rendered in the
  // browser: the question page shows these controls after asking who is signed in).
  const [visitorDraft] = useState(() => (signedIn ? null : loadDraft(questionSlug)));
  const [bookmarked, setBookmarked] = useState(visitorDraft?.bookmarked ?? initial?.bookmarked ?? false);
  const [savedNote, setSavedNote] = useState(initial?.note?.body ?? "");
  const [noteText, setNoteText] = useState(visitorDraft?.note ?? initial?.note?.body ?? "");
  const [noteStatus, setNoteStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState(!initial?.note);
  // One key per attempt, reused on retry, so a double click or a resend records once.
  const attemptKey = useRef<string | null>(null);
  const signInHref = `/sign-in?next=${encodeURIComponent(`/questions/${questionSlug}`)}`;

  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setSeconds((value) => value + 1), 1000);
    return () => window.clearInterval(timer);
  }, [running]);

  // Opening the answer by hand counts as revealing it.
  useEffect(() => {
    const details = document.getElementById(answerId);
    if (!(details instanceof HTMLDetailsElement)) return;
    const onToggle = () => {
      if (details.open) setRevealed(true);
    };
    details.addEventListener("toggle", onToggle);
    return () => details.removeEventListener("toggle", onToggle);
  }, [answerId]);

  const reveal = useCallback(() => {
    const details = document.getElementById(answerId);
    if (details instanceof HTMLDetailsElement) {
      details.open = true;
      details.scrollIntoView({ block: "start", behavior: "smooth" });
    }
    setRevealed(true);
    setRunning(false);
  }, [answerId]);

  const grade = useCallback(
    async (value: GradeName) => {
      if (pendingGrade) return;
      attemptKey.current ??= crypto.randomUUID();
      const timeSpentSeconds = timerUsed ? seconds : null;
      setRunning(false);
      if (!signedIn) {
        updateDraft(questionSlug, {
          pendingGrade: { grade: value, timeSpentSeconds, idempotencyKey: attemptKey.current },
        });
        setStatus({
          tone: "info",
          text: `Graded ${GRADE_LABELS[value]}. Sign in to record it: it is kept in this browser until you do.`,
        });
        return;
      }
      setPendingGrade(value);
      const result = await progressApi.recordAttempt({
        questionSlug,
        grade: value,
        timeSpentSeconds,
        idempotencyKey: attemptKey.current,
        timeZone: browserTimeZone(),
      });
      setPendingGrade(null);
      if (!result.ok) {
        setStatus({ tone: "error", text: `Not recorded: ${result.message}` });
        return;
      }
      attemptKey.current = null;
      setStatus({
        tone: "info",
        text: `Recorded ${GRADE_LABELS[value]}. Next review ${formatDue(result.data.review.due)}.`,
      });
      onRecorded?.(result.data, value);
    },
    [pendingGrade, timerUsed, seconds, signedIn, questionSlug, onRecorded],
  );

  const toggleBookmark = async () => {
    const next = !bookmarked;
    setBookmarked(next);
    if (!signedIn) {
      updateDraft(questionSlug, { bookmarked: next });
      setStatus({
        tone: "info",
        text: "Sign in to keep this bookmark: it is kept in this browser until you do.",
      });
      return;
    }
    const result = await progressApi.setBookmark(questionSlug, next);
    if (!result.ok) {
      setBookmarked(!next);
      setStatus({ tone: "error", text: `Bookmark not saved: ${result.message}` });
    }
  };

  const saveNote = async () => {
    if (!signedIn) {
      updateDraft(questionSlug, { note: noteText });
      setNoteStatus("Kept in this browser. Sign in to save it to your account.");
      return;
    }
    setNoteStatus("Saving…");
    const result = await progressApi.saveNote(questionSlug, noteText);
    if (!result.ok) {
      updateDraft(questionSlug, { note: noteText });
      setNoteStatus(`Not saved: ${result.message} Your text is kept in this browser.`);
      return;
    }
    clearDraft(questionSlug, ["note"]);
    setSavedNote(noteText);
    setEditing(noteText === "");
    setNoteStatus(noteText === "" ? "Note deleted." : "Note saved.");
  };

  // After sign-in: save what was entered before it, once.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current || !signedIn) return;
    restored.current = true;
    const draft = loadDraft(questionSlug);
    if (!draft) return;
    void (async () => {
      const saved: string[] = [];
      if (draft.note !== undefined && draft.note !== "") {
        const result = await progressApi.saveNote(questionSlug, draft.note);
        if (result.ok) {
          setSavedNote(draft.note);
          setNoteText(draft.note);
          setEditing(false);
          saved.push("your note");
          clearDraft(questionSlug, ["note"]);
        } else {
          setNoteText(draft.note);
        }
      }
      if (draft.bookmarked !== undefined) {
        const result = await progressApi.setBookmark(questionSlug, draft.bookmarked);
        if (result.ok) {
          setBookmarked(draft.bookmarked);
          saved.push("your bookmark");
          clearDraft(questionSlug, ["bookmarked"]);
        }
      }
      if (draft.pendingGrade) {
        const result = await progressApi.recordAttempt({
          questionSlug,
          ...draft.pendingGrade,
          timeZone: browserTimeZone(),
        });
        if (result.ok || result.status === 404) clearDraft(questionSlug, ["pendingGrade"]);
        if (result.ok) saved.push(`your grade (${GRADE_LABELS[draft.pendingGrade.grade]})`);
      }
      if (saved.length > 0)
        setStatus({ tone: "info", text: `Saved ${saved.join(", ")} from before you signed in.` });
    })();
  }, [questionSlug, signedIn]);

  useEffect(() => {
    if (!shortcuts) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === "r" || key === " ") {
        event.preventDefault();
        reveal();
      } else if (key === "t") {
        setRunning((value) => !value);
        setTimerUsed(true);
      } else if (revealed && ["1", "2", "3", "4"].includes(key)) {
        event.preventDefault();
        void grade(GRADES[Number(key) - 1]!);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [shortcuts, revealed, reveal, grade]);

  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex items-center gap-2">
          <span
            className="min-w-14 rounded-md border bg-background px-2 py-1.5 text-center font-mono text-sm tabular-nums"
            role="timer"
            aria-label={`Time spent: ${Math.floor(seconds / 60)} minutes ${seconds % 60} seconds`}
          >
            {formatClock(seconds)}
          </span>
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setRunning((value) => !value);
              setTimerUsed(true);
            }}
          >
            {running ? "Pause timer" : seconds > 0 ? "Resume timer" : "Start timer"}
            {shortcuts ? <kbd className="ml-1 text-xs text-muted-foreground">T</kbd> : null}
          </Button>
        </div>
        <Button variant={revealed ? "outline" : "default"} size="sm" onClick={reveal}>
          {revealed ? "Answer revealed" : "Reveal answer"}
          {shortcuts ? <kbd className="ml-1 text-xs opacity-80">R</kbd> : null}
        </Button>
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

      <fieldset className="grid gap-2" disabled={!revealed || pendingGrade !== null}>
        <legend className="text-sm font-medium">
          {revealed ? "How did you do?" : "Reveal the answer, then grade yourself"}
        </legend>
        <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
          {GRADES.map((value, index) => (
            <Button
              key={value}
              variant={value === "AGAIN" ? "outline" : "secondary"}
              className="h-auto flex-col items-start gap-0.5 py-2 text-left whitespace-normal"
              onClick={() => void grade(value)}
              aria-describedby={`grade-hint-${value}`}
            >
              <span>
                {shortcuts ? <kbd className="mr-1.5 text-xs text-muted-foreground">{index + 1}</kbd> : null}
                {pendingGrade === value ? "Recording…" : GRADE_LABELS[value]}
              </span>
              <span id={`grade-hint-${value}`} className="text-xs font-normal text-muted-foreground">
                {GRADE_HINTS[value]}
              </span>
            </Button>
          ))}
        </div>
      </fieldset>

      <StatusLine
        text={status?.text ?? null}
        signInHref={signedIn ? null : signInHref}
        className={status?.tone === "error" ? "text-destructive" : undefined}
      />
      {initial?.review && !status ? (
        <p className="text-sm text-muted-foreground">
          {initial.attempts} attempt{initial.attempts === 1 ? "" : "s"} so far;{" "}
          {initial.review.isDue ? "due for review now." : `next review ${formatDue(initial.review.due)}.`}
        </p>
      ) : null}

      <section aria-labelledby={`notes-${questionSlug}`} className="grid gap-2">
        <h3 id={`notes-${questionSlug}`} className="text-sm font-semibold">
          Your notes <span className="font-normal text-muted-foreground">(private, Markdown)</span>
        </h3>
        {!editing && savedNote ? (
          <>
            <Suspense fallback={<p className="text-sm whitespace-pre-wrap">{savedNote}</p>}>
              <NoteMarkdown className="rounded-md border bg-background p-3">{savedNote}</NoteMarkdown>
            </Suspense>
            <Button
              variant="outline"
              size="sm"
              className="justify-self-start"
              onClick={() => setEditing(true)}
            >
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
              value={noteText}
              maxLength={NOTE_MAX_LENGTH}
              onChange={(event) => setNoteText(event.target.value)}
              rows={4}
              placeholder="What tripped you up, what to remember…"
              className="w-full rounded-md border border-input bg-card px-3 py-2 text-base shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring sm:text-sm"
            />
            <div className="flex flex-wrap items-center gap-3">
              <Button size="sm" variant="outline" onClick={() => void saveNote()}>
                Save note
              </Button>
              {savedNote ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => {
                    setNoteText(savedNote);
                    setEditing(false);
                  }}
                >
                  Cancel
                </Button>
              ) : null}
            </div>
          </>
        )}
        <StatusLine
          text={noteStatus}
          signInHref={signedIn ? null : signInHref}
          className="text-muted-foreground"
        />
      </section>

      {shortcuts ? (
        <p className="text-xs text-muted-foreground">
          Keys: <kbd>R</kbd> or <kbd>Space</kbd> reveal, <kbd>1</kbd>–<kbd>4</kbd> grade Again to Easy,{" "}
          <kbd>T</kbd> timer.
        </p>
      ) : null}
    </div>
  );
}

/** A polite live status line; signed out, it ends with the way to sign in and keep what was entered. */
function StatusLine({
  text,
  signInHref,
  className,
}: {
  text: string | null;
  signInHref: string | null;
  className?: string | undefined;
}) {
  return (
    <p role="status" aria-live="polite" className={cn("text-sm empty:hidden", className)}>
      {text}
      {text && signInHref ? (
        <>
          {" "}
          <Link className="link font-medium" href={signInHref}>
            Sign in
          </Link>
        </>
      ) : null}
    </p>
  );
}
