import type { MasterySource } from "./model";

/** Where a mastery figure came from, in words: "3 questions practised", "self-rated 2/5". */
export function masterySourceLabel(source: MasterySource): string {
  if (source.kind === "attempts")
    return `${source.questions} question${source.questions === 1 ? "" : "s"} practised`;
  if (source.kind === "self-rating") return `self-rated ${source.rating}/5`;
  return "not practised or rated";
}
