import type { MasterySource } from "./model";

/**
 * Where a mastery figure came from, in words: "3 questions practised, 1 checked by the runner",
 * "2 questions practised, self-graded", "self-rated 2/5".
 */
export function masterySourceLabel(source: MasterySource): string {
  if (source.kind === "attempts") {
    const practised = `${source.questions} question${source.questions === 1 ? "" : "s"} practised`;
    if (source.checked === 0) return `${practised}, self-graded`;
    if (source.checked === source.questions)
      return `${practised}, ${source.questions === 1 ? "" : "all "}checked by the runner`;
    return `${practised}, ${source.checked} checked by the runner`;
  }
  if (source.kind === "self-rating") return `self-rated ${source.rating}/5`;
  if (source.kind === "current-role") return "assumed from your current role";
  return "not practised or rated";
}
