import type { ContentBundle } from "@/lib/content/load";

import { blockWithInfo, proseWordCount } from "./code-blocks";

// The question bank's coverage rules (issue 4; docs/content/questions.md). Pure: takes the loaded
// content and returns what falls short, in sentences an editor can act on.

export const COVERAGE = {
  minQuestions: 240,
  minPerSkill: 4,
  minDifficultiesPerSkill: 2,
  minCheckedCode: 40,
  minSystemDesign: 20,
  minCases: 20,
  minBehavioral: 10,
  minMedianAnswerWords: 120,
} as const;

/** The skills some role's market figures list: each needs questions. */
export function skillsRolesAskFor(bundle: ContentBundle): Set<string> {
  const skills = new Set<string>();
  for (const snapshot of bundle.snapshots) {
    for (const figures of Object.values(snapshot.figures))
      for (const entry of figures.skills) skills.add(entry.skill);
  }
  return skills;
}

export function hasCheckedCode(question: ContentBundle["questions"][number]): boolean {
  if (question.kind === "sql") {
    return (
      blockWithInfo(question.prompt, "sql setup") !== null &&
      blockWithInfo(question.answer, "sql solution") !== null &&
      blockWithInfo(question.answer, "csv expected") !== null
    );
  }
  if (question.kind === "coding") {
    return (
      blockWithInfo(question.answer, "python solution") !== null &&
      blockWithInfo(question.answer, "text output") !== null
    );
  }
  return false;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function coverageProblems(bundle: ContentBundle): string[] {
  const problems: string[] = [];
  const questions = bundle.questions;
  const count = (predicate: (q: (typeof questions)[number]) => boolean) => questions.filter(predicate).length;
  const atLeast = (actual: number, wanted: number, what: string) => {
    if (actual < wanted) problems.push(`${what}: ${actual}, at least ${wanted} needed`);
  };
  atLeast(questions.length, COVERAGE.minQuestions, "questions");
  atLeast(count(hasCheckedCode), COVERAGE.minCheckedCode, "coding and SQL questions with checked code");
  atLeast(
    count((q) => q.kind === "system-design"),
    COVERAGE.minSystemDesign,
    "system-design questions",
  );
  atLeast(
    count((q) => q.kind === "case"),
    COVERAGE.minCases,
    "case questions",
  );
  atLeast(
    count((q) => q.kind === "behavioral"),
    COVERAGE.minBehavioral,
    "behavioral questions",
  );
  for (const q of questions) {
    if ((q.kind === "sql" || q.kind === "coding") && !hasCheckedCode(q)) {
      problems.push(
        `${q.slug}: a ${q.kind} question needs its checked code blocks (docs/content/questions.md)`,
      );
    }
  }
  for (const skill of [...skillsRolesAskFor(bundle)].sort()) {
    const tagged = questions.filter((q) => q.skills.includes(skill));
    const difficulties = new Set(tagged.map((q) => q.difficulty));
    if (tagged.length < COVERAGE.minPerSkill || difficulties.size < COVERAGE.minDifficultiesPerSkill) {
      problems.push(
        `skill ${skill}: ${tagged.length} questions over ${difficulties.size} difficulties, at least ${COVERAGE.minPerSkill} over ${COVERAGE.minDifficultiesPerSkill} needed`,
      );
    }
  }
  const medianWords = median(questions.map((q) => proseWordCount(q.answer)));
  if (medianWords < COVERAGE.minMedianAnswerWords) {
    problems.push(
      `median answer length: ${medianWords} words, at least ${COVERAGE.minMedianAnswerWords} needed`,
    );
  }
  return problems;
}
