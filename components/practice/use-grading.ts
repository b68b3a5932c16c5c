"use client";

import { useRef, useState } from "react";

import { browserTimeZone, progressApi, type AttemptResponse } from "@/lib/progress/client-api";
import { updateDraft } from "@/lib/progress/drafts";
import { GRADE_LABELS, type GradeName } from "@/lib/progress/grades";

// Self-grading an attempt: recorded on the account (signed in) or kept in this browser until
// sign-in. One idempotency key per attempt, reused on a retry, so a double click or a resend
// records once.

export interface Grading {
  /** The grade being recorded right now. */
  pending: GradeName | null;
  /** The grade given to this attempt (recorded, or kept in the browser). */
  chosen: GradeName | null;
  status: { tone: "info" | "error"; text: string } | null;
  grade: (value: GradeName, timeSpentSeconds: number | null, checked?: CheckedFacts | null) => Promise<void>;
  setStatus: (status: Grading["status"]) => void;
}

/** What the code runner found, recorded with the attempt (issue 13). */
export interface CheckedFacts {
  outcome: "PASSED" | "FAILED";
  runsBefore: number;
}

export function formatDue(iso: string): string {
  const due = new Date(iso);
  const days = Math.round((due.getTime() - Date.now()) / 86_400_000);
  const date = due.toLocaleDateString(undefined, { weekday: "short", day: "numeric", month: "short" });
  if (days <= 0)
    return `later today (${due.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })})`;
  return `in ${days} day${days === 1 ? "" : "s"} (${date})`;
}

export function useGrading(
  questionSlug: string,
  signedIn: boolean,
  onRecorded?: (result: AttemptResponse, grade: GradeName) => void,
): Grading {
  const [pending, setPending] = useState<GradeName | null>(null);
  const [chosen, setChosen] = useState<GradeName | null>(null);
  const [status, setStatus] = useState<Grading["status"]>(null);
  const attemptKey = useRef<string | null>(null);

  const grade = async (value: GradeName, timeSpentSeconds: number | null, checked?: CheckedFacts | null) => {
    if (pending) return;
    attemptKey.current ??= crypto.randomUUID();
    const facts = { outcome: checked?.outcome ?? null, runsBefore: checked?.runsBefore ?? null };
    if (!signedIn) {
      updateDraft(questionSlug, {
        pendingGrade: { grade: value, timeSpentSeconds, idempotencyKey: attemptKey.current, ...facts },
      });
      setChosen(value);
      setStatus({
        tone: "info",
        text: `Graded ${GRADE_LABELS[value]}. Sign in to record it: it is kept in this browser until you do.`,
      });
      return;
    }
    setPending(value);
    const result = await progressApi.recordAttempt({
      questionSlug,
      grade: value,
      timeSpentSeconds,
      idempotencyKey: attemptKey.current,
      timeZone: browserTimeZone(),
      ...facts,
    });
    setPending(null);
    if (!result.ok) {
      setStatus({ tone: "error", text: `Not recorded: ${result.message}` });
      return;
    }
    attemptKey.current = null;
    setChosen(value);
    setStatus({
      tone: "info",
      text: `Recorded ${GRADE_LABELS[value]}. Next review ${formatDue(result.data.review.due)}.`,
    });
    onRecorded?.(result.data, value);
  };

  return { pending, chosen, status, grade, setStatus };
}
