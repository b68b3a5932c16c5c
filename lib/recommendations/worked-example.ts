import { masterySourceLabel } from "./labels";
import type { SkillGap } from "./model";

// The rows of the plan's worked example (components/recommendations/worked-example.tsx renders
// them): built here, beside the model, because /api/plan sends them to /methodology as JSON too.

export interface WorkedExampleRow {
  skillName: string;
  demand: number;
  mastery: number;
  /** Where the mastery comes from, in words (masterySourceLabel). */
  masterySource: string;
  gap: number;
}

/** A plan's gaps (in the order the plan lists them) as rows of the worked example. */
export function workedExampleRows(gaps: readonly SkillGap[]): WorkedExampleRow[] {
  return gaps.map((g) => ({
    skillName: g.skillName,
    demand: g.demand,
    mastery: g.mastery,
    masterySource: masterySourceLabel(g.source),
    gap: g.gap,
  }));
}
