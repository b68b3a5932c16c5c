import {
  DIFFICULTY_WEIGHT,
  recencyWeight,
  type Difficulty,
  type PractisedQuestion,
  type SelfRating,
} from "./model";
import type { GradeName } from "@/lib/progress/grades";

// The illustration /methodology works through: two made-up attempts on the most asked-for skill,
// a made-up self-rating of 3 on the second skill, nothing on the rest (the demand figures are the
// role's real ones). Made-up numbers, fixed, so the page is the same on every build.

export const EXAMPLE_ROLE = "machine-learning-engineer";
export const EXAMPLE_NOW = new Date("2026-07-01T00:00:00Z");
const DAY_MS = 24 * 60 * 60 * 1000;
export const EXAMPLE_RATING: SelfRating = 3;
export const EXAMPLE_ATTEMPTS = [
  { difficulty: "HARD", recall: 0.9, grade: "GOOD", daysAgo: 10 },
  { difficulty: "EASY", recall: 0.6, grade: "HARD", daysAgo: 45 },
] as const satisfies readonly { difficulty: Difficulty; recall: number; grade: GradeName; daysAgo: number }[];

/** The example attempts as the mastery model reads them, on the given skill. */
export function examplePractised(skillSlug: string): PractisedQuestion[] {
  return EXAMPLE_ATTEMPTS.map((a, i) => ({
    questionId: `example-${i}`,
    difficulty: a.difficulty,
    skillSlugs: [skillSlug],
    recall: a.recall,
    lastAttemptAt: new Date(EXAMPLE_NOW.getTime() - a.daysAgo * DAY_MS),
    lastGrade: a.grade,
  }));
}

/** Each example attempt with its recency weight and its weight in the mastery mean. */
export function exampleAttemptWeights() {
  return EXAMPLE_ATTEMPTS.map((a) => {
    const recency = recencyWeight(new Date(EXAMPLE_NOW.getTime() - a.daysAgo * DAY_MS), EXAMPLE_NOW);
    return { ...a, recency, weight: DIFFICULTY_WEIGHT[a.difficulty] * recency };
  });
}
