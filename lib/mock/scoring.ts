import type { GradeName } from "@/lib/progress/grades";

// A mock's scores (issue 16). Each question scores the share of its rubric's points the person
// ticked, or, for SQL and coding, 1 when the code runner's check passed and 0 otherwise (measured,
// not self-assessed). The share becomes a practice grade (stated on /methodology), so a mock moves
// mastery and review schedules like any other practice.

export interface RubricCriterion {
  criterion: string;
  points: number;
}

/** Share → grade: under 40 % Again, under 70 % Hard, under 90 % Good, else Easy. */
export const SHARE_GRADE_THRESHOLDS: readonly { below: number; grade: GradeName }[] = [
  { below: 0.4, grade: "AGAIN" },
  { below: 0.7, grade: "HARD" },
  { below: 0.9, grade: "GOOD" },
];

export function gradeForShare(share: number): GradeName {
  return SHARE_GRADE_THRESHOLDS.find((threshold) => share < threshold.below)?.grade ?? "EASY";
}

export interface QuestionScoreInput {
  rubric: readonly RubricCriterion[] | null;
  /** Indices of the ticked criteria (unknown or repeated ones are ignored). */
  metCriteria: readonly number[];
  /** SQL and coding: the check's result, if the person submitted. */
  outcome: "PASSED" | "FAILED" | null;
  /** Whether the question is checked by running code (then the outcome decides). */
  checked: boolean;
}

/** Points earned and possible for one question. */
export function questionPoints(input: QuestionScoreInput): { earned: number; possible: number } {
  if (input.checked || !input.rubric || input.rubric.length === 0) {
    return { earned: input.outcome === "PASSED" ? 1 : 0, possible: 1 };
  }
  const met = new Set(
    input.metCriteria.filter(
      (index) => Number.isInteger(index) && index >= 0 && index < input.rubric!.length,
    ),
  );
  const possible = input.rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  const earned = [...met].reduce((sum, index) => sum + input.rubric![index]!.points, 0);
  return { earned, possible };
}

export function share({ earned, possible }: { earned: number; possible: number }): number {
  return possible > 0 ? earned / possible : 0;
}

export interface ScoredQuestion {
  score: number;
  /** Skill slugs of the question. */
  skills: readonly string[];
}

/** The mean of the question scores of each skill, lowest first (what to practise next first). */
export function scoresBySkill(
  questions: readonly ScoredQuestion[],
): { skillSlug: string; score: number; questions: number }[] {
  const bySkill = new Map<string, number[]>();
  for (const question of questions) {
    for (const skill of new Set(question.skills)) {
      const list = bySkill.get(skill) ?? [];
      list.push(question.score);
      bySkill.set(skill, list);
    }
  }
  return [...bySkill.entries()]
    .map(([skillSlug, scores]) => ({
      skillSlug,
      score: scores.reduce((a, b) => a + b, 0) / scores.length,
      questions: scores.length,
    }))
    .sort((a, b) => a.score - b.score || a.skillSlug.localeCompare(b.skillSlug));
}

/** Overall: the mean of the question scores (each question counts the same, whatever its points). */
export function overallScore(scores: readonly number[]): number {
  return scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
}
