import * as z from "zod";

import { difficulties, levels, questionKinds } from "@/lib/content/schemas";

// The question bank's filters live in the URL (?skill=sql&difficulty=easy), so a filtered view can
// be shared. Parsing never fails: an unknown value is dropped and reported, and the page says so.

export const DIFFICULTY_LABELS: Record<(typeof difficulties)[number], string> = {
  easy: "Easy",
  medium: "Medium",
  hard: "Hard",
};

/** The seniority a question is pitched at (docs/content/questions.md, "Level"). */
export const LEVEL_LABELS: Record<(typeof levels)[number], string> = {
  junior: "Junior level",
  mid: "Mid level",
  senior: "Senior level",
};

export const KIND_LABELS: Record<(typeof questionKinds)[number], string> = {
  concept: "Concept",
  coding: "Coding (Python)",
  sql: "SQL",
  case: "Product or experiment case",
  "system-design": "ML system design",
  behavioral: "Behavioral",
};

/** A question's difficulty, level and kind in words, in the order every list shows them. */
export function questionLabels(question: {
  difficulty: (typeof difficulties)[number];
  level: (typeof levels)[number] | null;
  kind: (typeof questionKinds)[number];
}): string[] {
  return [
    DIFFICULTY_LABELS[question.difficulty],
    ...(question.level ? [LEVEL_LABELS[question.level]] : []),
    KIND_LABELS[question.kind],
  ];
}

/**
 * Labels once each, in their first spelling, comparing them without regard to case or surrounding
 * space (issue 17: a SQL question on the skill SQL showed "SQL" twice, once for its kind and once
 * for its skill). Blank labels are dropped.
 */
export function uniqueLabels(labels: Iterable<string>): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const label of labels) {
    const key = label.normalize("NFKC").trim().toLocaleLowerCase("en");
    if (!key || seen.has(key)) continue;
    seen.add(key);
    unique.push(label.trim());
  }
  return unique;
}

/**
 * A question's tags, as a practice card shows them: its difficulty, level and kind
 * (questionLabels), then the names of its skills, each tag once (uniqueLabels).
 */
export function questionTags(
  question: Parameters<typeof questionLabels>[0] & { skills: readonly { name: string }[] },
): string[] {
  return uniqueLabels([...questionLabels(question), ...question.skills.map((skill) => skill.name)]);
}

export interface QuestionFilters {
  skill?: string;
  role?: string;
  difficulty?: (typeof difficulties)[number];
  level?: (typeof levels)[number];
  kind?: (typeof questionKinds)[number];
}

export interface ParsedFilters {
  filters: QuestionFilters;
  /** Human-readable notes about values that were ignored. */
  ignored: string[];
}

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export function parseFilters(
  params: SearchParams,
  known: { skills: Set<string>; roles: Set<string> },
): ParsedFilters {
  const filters: QuestionFilters = {};
  const ignored: string[] = [];
  const take = <T extends string>(name: string, accept: (value: string) => value is T): T | undefined => {
    const value = first(params[name])?.trim();
    if (!value) return undefined;
    if (accept(value)) return value;
    ignored.push(`There is no ${name} "${value.slice(0, 60)}"; showing every ${name} instead.`);
    return undefined;
  };
  const isSkill = (v: string): v is string => known.skills.has(v);
  const isRole = (v: string): v is string => known.roles.has(v);
  const isDifficulty = (v: string): v is (typeof difficulties)[number] =>
    z.enum(difficulties).safeParse(v).success;
  const isLevel = (v: string): v is (typeof levels)[number] => z.enum(levels).safeParse(v).success;
  const isKind = (v: string): v is (typeof questionKinds)[number] =>
    z.enum(questionKinds).safeParse(v).success;
  const skill = take("skill", isSkill);
  const role = take("role", isRole);
  const difficulty = take("difficulty", isDifficulty);
  const level = take("level", isLevel);
  const kind = take("kind", isKind);
  if (skill) filters.skill = skill;
  if (role) filters.role = role;
  if (difficulty) filters.difficulty = difficulty;
  if (level) filters.level = level;
  if (kind) filters.kind = kind;
  return { filters, ignored };
}
