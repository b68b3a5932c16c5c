"use client";

import { questionStatus, STATUS_LABELS, statusDescription } from "@/lib/questions/question-status";
import { Badge } from "@/components/ui/badge";

import { useQuestionStatus } from "./question-status-provider";

/**
 * A row's marks for the signed-in visitor: "Solved" or "Attempted" (a word, with colour only as a
 * second cue), and "Due for review" when the review is due. Nothing for a question they have not
 * graded, for visitors, and until the statuses have loaded. Inside a QuestionStatusProvider.
 */
export function QuestionStatusBadges({ slug }: { slug: string }) {
  const entry = useQuestionStatus(slug);
  if (!entry) return null;
  const status = questionStatus(entry.lastGrade);
  return (
    <>
      <Badge variant={status === "solved" ? "success" : "warning"} data-status={status}>
        {status === "solved" ? <CheckIcon /> : <DotIcon />}
        {STATUS_LABELS[status]}
        <span className="sr-only">, {statusDescription(entry)}</span>
      </Badge>
      {entry.due && (
        <Badge variant="accent" data-status="due">
          Due for review
        </Badge>
      )}
    </>
  );
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2">
      <path d="m3.5 8.5 3 3 6-7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function DotIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="2">
      <circle cx="8" cy="8" r="4.5" strokeDasharray="3 2" />
    </svg>
  );
}
