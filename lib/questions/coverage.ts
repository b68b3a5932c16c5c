import type { ContentBundle } from "@/lib/content/load";
import { RUBRIC_KINDS } from "@/lib/content/schemas";

import { blockWithInfo, proseWordCount } from "./code-blocks";

// The question bank's rules (docs/content/questions.md, "Rules content:check enforces"). Pure:
// takes the loaded content and returns what falls short, in sentences an editor can act on.

type Question = ContentBundle["questions"][number];

export const COVERAGE = {
  minQuestions: 600,
  minPerSkill: 6,
  minDifficultiesPerSkill: 2,
  minCheckedSql: 150,
  minCheckedCoding: 100,
  minSystemDesign: 20,
  minCases: 20,
  minBehavioral: 10,
  minMedianAnswerWords: 120,
} as const;

/** Titles (word trigrams) this similar or more are near-duplicates. */
export const TITLE_SIMILARITY_LIMIT = 0.5;
/** Prompts (word trigrams) this similar or more are near-duplicates. */
export const PROMPT_SIMILARITY_LIMIT = 0.6;

export function hasCheckedCode(question: Question): boolean {
  if (question.kind === "sql") {
    return (
      blockWithInfo(question.prompt, "sql setup") !== null &&
      blockWithInfo(question.answer, "sql solution") !== null &&
      blockWithInfo(question.answer, "csv expected") !== null
    );
  }
  if (question.kind === "coding") {
    if (!question.runnable) return false;
    const solution = blockWithInfo(question.answer, "python solution") !== null;
    const tests = blockWithInfo(question.answer, "python tests") !== null;
    const output = blockWithInfo(question.answer, "text output") !== null;
    return solution && (tests || output);
  }
  return false;
}

/** Whether the code runner can check a person's answer (a coding question needs tests and a starter). */
export function hasRunnerCheck(question: Question): boolean {
  if (question.kind === "sql") return hasCheckedCode(question);
  return (
    question.kind === "coding" &&
    question.runnable &&
    blockWithInfo(question.prompt, "python starter") !== null &&
    blockWithInfo(question.answer, "python tests") !== null
  );
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Lowercase word trigrams of a text (code blocks left out); short texts fall back to words. */
export function wordTrigrams(text: string): Set<string> {
  const words = text
    .replace(/(```|~~~)[\s\S]*?\1/g, " ")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length < 3) return new Set(words);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Pairs of questions whose titles or prompts are too alike, with the measure. */
export function nearDuplicates(questions: readonly Question[]): string[] {
  const titles = questions.map((q) => wordTrigrams(q.title));
  const prompts = questions.map((q) => wordTrigrams(q.prompt));
  const problems: string[] = [];
  for (let i = 0; i < questions.length; i++) {
    for (let j = i + 1; j < questions.length; j++) {
      const title = jaccard(titles[i]!, titles[j]!);
      const prompt = jaccard(prompts[i]!, prompts[j]!);
      const a = questions[i]!.slug;
      const b = questions[j]!.slug;
      if (title >= TITLE_SIMILARITY_LIMIT) {
        problems.push(`${a} and ${b}: titles are near-duplicates (similarity ${title.toFixed(2)})`);
      } else if (prompt >= PROMPT_SIMILARITY_LIMIT) {
        problems.push(`${a} and ${b}: prompts are near-duplicates (similarity ${prompt.toFixed(2)})`);
      }
    }
  }
  return problems;
}

/** The per-role quotas of content/topics.yaml that the bank does not meet. */
export function quotaProblems(bundle: ContentBundle): string[] {
  return bundle.topics.quotas.flatMap((quota) => {
    const count = bundle.questions.filter(
      (q) =>
        q.roles.includes(quota.role) &&
        ((q.topic !== undefined && quota.topics?.includes(q.topic)) || quota.kinds?.includes(q.kind)),
    ).length;
    return count < quota.min
      ? [`${quota.role}, ${quota.label}: ${count} questions, at least ${quota.min} needed`]
      : [];
  });
}

/** Fields every question carries (level, topic, review date) and the rubric of answers in words. */
export function editorialFieldProblems(question: Question): string[] {
  const missing: string[] = [];
  if (!question.level) missing.push("level");
  if (!question.topic) missing.push("topic");
  if (!question.reviewed) missing.push("reviewed");
  if (RUBRIC_KINDS.includes(question.kind) && !question.rubric) missing.push("rubric");
  return missing.length > 0 ? [`${question.slug}: front matter needs ${missing.join(", ")}`] : [];
}

export function coverageProblems(bundle: ContentBundle): string[] {
  const problems: string[] = [];
  const questions = bundle.questions;
  const count = (predicate: (q: Question) => boolean) => questions.filter(predicate).length;
  const atLeast = (actual: number, wanted: number, what: string) => {
    if (actual < wanted) problems.push(`${what}: ${actual}, at least ${wanted} needed`);
  };
  atLeast(questions.length, COVERAGE.minQuestions, "questions");
  atLeast(
    count((q) => q.kind === "sql" && hasCheckedCode(q)),
    COVERAGE.minCheckedSql,
    "SQL questions with checked code",
  );
  atLeast(
    count((q) => q.kind === "coding" && hasCheckedCode(q)),
    COVERAGE.minCheckedCoding,
    "coding questions with checked code",
  );
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
    if ((q.kind === "sql" || (q.kind === "coding" && q.runnable)) && !hasCheckedCode(q)) {
      problems.push(
        `${q.slug}: a ${q.kind} question needs its checked code blocks (docs/content/questions.md)`,
      );
    }
    if (q.kind === "coding" && q.runnable && blockWithInfo(q.answer, "python tests") !== null) {
      if (blockWithInfo(q.prompt, "python starter") === null)
        problems.push(`${q.slug}: a coding question with tests needs a python starter block in its Prompt`);
    }
    problems.push(...editorialFieldProblems(q));
  }
  for (const skill of bundle.skills.map((s) => s.slug).sort()) {
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
  problems.push(...nearDuplicates(questions));
  problems.push(...quotaProblems(bundle));
  return problems;
}
