import { GRADES, GRADE_LABELS, type GradeName } from "@/lib/progress/grades";

// The signed-in visitor's marks on the question list (issue 17): which questions they have solved,
// attempted, or should review now. The list is public and rendered once for everyone, so the
// browser asks GET /api/questions/progress for these after it has loaded. Browser-safe.

/** One question the user has graded, as GET /api/questions/progress sends it. */
export interface QuestionStatusEntry {
  slug: string;
  /** The grade of the latest attempt. */
  lastGrade: GradeName;
  /** Whether its review is due now (lib/progress/scheduling.ts, isDue). */
  due: boolean;
}

export interface QuestionStatusesResponse {
  signedIn: boolean;
  /** Empty for a visitor. */
  questions: QuestionStatusEntry[];
}

export type QuestionStatus = "solved" | "attempted";

/**
 * Solved: the latest self-grade was Hard, Good or Easy (got there, with effort or without);
 * attempted: it was Again (missed it).
 */
export function questionStatus(lastGrade: GradeName): QuestionStatus {
  return lastGrade === "AGAIN" ? "attempted" : "solved";
}

export const STATUS_LABELS: Record<QuestionStatus, string> = {
  solved: "Solved",
  attempted: "Attempted",
};

/** What a screen reader hears after the badge's own word: the grade behind it. */
export function statusDescription(entry: Pick<QuestionStatusEntry, "lastGrade">): string {
  return `last graded ${GRADE_LABELS[entry.lastGrade]}`;
}

const isGrade = (value: unknown): value is GradeName =>
  typeof value === "string" && (GRADES as readonly string[]).includes(value);

/**
 * The statuses in a response body, by slug. Anything malformed is skipped rather than trusted: the
 * marks are a convenience, and a bad answer must not break the list.
 */
export function readQuestionStatuses(body: unknown): Map<string, QuestionStatusEntry> {
  const statuses = new Map<string, QuestionStatusEntry>();
  if (typeof body !== "object" || body === null) return statuses;
  const questions = (body as { questions?: unknown }).questions;
  if (!Array.isArray(questions)) return statuses;
  for (const item of questions as unknown[]) {
    if (typeof item !== "object" || item === null) continue;
    const { slug, lastGrade, due } = item as Record<string, unknown>;
    if (typeof slug !== "string" || !isGrade(lastGrade) || typeof due !== "boolean") continue;
    statuses.set(slug, { slug, lastGrade, due });
  }
  return statuses;
}
