// The line above a practice session's question: what is left today. Pure, so the wording of each
// case (nothing due, nothing new, both) is tested without rendering the session.

/** What is left today when the session starts; the summary counts down from it. */
export interface SessionCounts {
  /** Reviews due now. */
  due: number;
  /** New questions left under today's limit. */
  newLeft: number;
  dailyNewLimit: number;
  /** New questions in this session. */
  newPlanned: number;
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;

/**
 * "5 reviews due, then 3 new questions (7 of your 10 a day left), picked for SQL." A graded review
 * is done for today and a graded new question uses one of today's new ones; an Again brings a review
 * back later, on the next visit, so it still counts as done here.
 */
export function sessionSummary(
  counts: SessionCounts,
  graded: readonly { kind: "review" | "new" }[],
  /** What the new questions were picked for ("your largest skill gaps", "SQL"), if anything. */
  pickedFor: string | null,
): string {
  const reviewsDone = graded.filter((g) => g.kind === "review").length;
  const newDone = graded.length - reviewsDone;
  const dueLeft = Math.max(0, counts.due - reviewsDone);
  const newPlannedLeft = Math.max(0, counts.newPlanned - newDone);
  const newLeft = Math.max(0, counts.newLeft - newDone);

  const reviews = dueLeft === 0 ? "No reviews due" : `${plural(dueLeft, "review")} due`;
  const news =
    newPlannedLeft === 0
      ? "no new questions"
      : `${dueLeft === 0 ? "" : "then "}${plural(newPlannedLeft, "new question")}`;
  const limit = `(${newLeft} of your ${counts.dailyNewLimit} a day left)`;
  // The pick is about the new questions; once none are left it says nothing.
  const picked = pickedFor && newPlannedLeft > 0 ? `, picked for ${pickedFor}` : "";
  const joiner = dueLeft > 0 && newPlannedLeft > 0 ? ", " : "; ";
  return `${reviews}${joiner}${news} ${limit}${picked}.`;
}
