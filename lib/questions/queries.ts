import "server-only";

import { cache } from "react";

import type { DbClient } from "@/lib/db-client";
import type { RoleRef } from "@/lib/roles/types";
import type { RunnerSpec } from "@/lib/runner/runner-spec";

import { difficulties } from "@/lib/content/schemas";

import {
  difficultyFromDb,
  kindFromDb,
  levelFromDb,
  type DifficultySlug,
  type KindSlug,
  type LevelSlug,
} from "./enums";
import type { SearchRequest } from "./search-params";
import { searchQuestions, type SearchResult } from "./search-query";

const DIFFICULTY_ORDER: readonly DifficultySlug[] = difficulties;

// Reads for the question bank. Retired questions (their file was removed) are never listed. The
// loaders a page and its generateMetadata both call are wrapped in React cache.

const listItemSelect = { slug: true, title: true, difficulty: true, level: true, kind: true } as const;
const skillsSelect = { select: { skill: { select: { slug: true, name: true } } } } as const;

function toListItem(q: {
  slug: string;
  title: string;
  difficulty: string;
  level: string | null;
  kind: string;
}): QuestionListItem {
  return {
    slug: q.slug,
    title: q.title,
    difficulty: difficultyFromDb(q.difficulty),
    level: q.level === null ? null : levelFromDb(q.level),
    kind: kindFromDb(q.kind),
  };
}

export interface QuestionListItem {
  slug: string;
  title: string;
  difficulty: DifficultySlug;
  level: LevelSlug | null;
  kind: KindSlug;
}

export async function listFilterOptions(db: DbClient): Promise<{ skills: RoleRef[]; roles: RoleRef[] }> {
  const [skills, roles] = await Promise.all([
    db.skill.findMany({
      where: { questions: { some: { question: { retiredAt: null } } } },
      orderBy: { name: "asc" },
      select: { slug: true, name: true },
    }),
    db.role.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { skills, roles };
}

export async function listQuestionSlugs(db: DbClient): Promise<string[]> {
  const rows = await db.question.findMany({ where: { retiredAt: null }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

export interface QuestionDetail extends QuestionListItem {
  skills: RoleRef[];
  /** What the code panel needs; null for questions answered in words. */
  runner: RunnerSpec | null;
  prompt: string;
  answer: string;
  followUps: string | null;
  hints: string[];
  roles: RoleRef[];
}

export const getQuestion = cache(async (db: DbClient, slug: string): Promise<QuestionDetail | null> => {
  const row = await db.question.findFirst({
    where: { slug, retiredAt: null },
    select: {
      slug: true,
      title: true,
      difficulty: true,
      level: true,
      kind: true,
      prompt: true,
      answer: true,
      followUps: true,
      hints: true,
      runner: true,
      skills: skillsSelect,
      roles: { orderBy: { role: { name: "asc" } }, select: { role: { select: { slug: true, name: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    difficulty: difficultyFromDb(row.difficulty),
    level: row.level === null ? null : levelFromDb(row.level),
    kind: kindFromDb(row.kind),
    runner: row.runner as RunnerSpec | null,
    skills: row.skills.map((s) => s.skill),
    roles: row.roles.map((r) => r.role),
  };
});

export async function searchQuestionBank(db: DbClient, request: SearchRequest): Promise<SearchResult> {
  return searchQuestions(db, request);
}

export interface SkillDetail {
  slug: string;
  name: string;
  category: string;
  description: string;
  questions: QuestionListItem[];
}

export async function listSkillSlugs(db: DbClient): Promise<string[]> {
  return (await db.skill.findMany({ select: { slug: true } })).map((s) => s.slug);
}

export const getSkillDetail = cache(async (db: DbClient, slug: string): Promise<SkillDetail | null> => {
  const skill = await db.skill.findUnique({
    where: { slug },
    select: {
      slug: true,
      name: true,
      category: true,
      description: true,
      questions: {
        where: { question: { retiredAt: null } },
        orderBy: [{ question: { difficulty: "asc" } }, { question: { title: "asc" } }],
        select: {
          question: { select: listItemSelect },
        },
      },
    },
  });
  if (!skill) return null;
  return {
    ...skill,
    questions: skill.questions.map(({ question }) => toListItem(question)),
  };
});

/** Questions that share the most skills with this one (then easiest first), for "related questions". */
export async function getRelatedQuestions(
  db: DbClient,
  slug: string,
  skillSlugs: string[],
  limit = 5,
): Promise<QuestionListItem[]> {
  const rows = await db.question.findMany({
    where: {
      slug: { not: slug },
      retiredAt: null,
      skills: { some: { skill: { slug: { in: skillSlugs } } } },
    },
    select: { ...listItemSelect, skills: skillsSelect },
  });
  const shared = (row: (typeof rows)[number]) =>
    row.skills.filter((s) => skillSlugs.includes(s.skill.slug)).length;
  const ease = (row: (typeof rows)[number]) => DIFFICULTY_ORDER.indexOf(difficultyFromDb(row.difficulty));
  return rows
    .sort((x, y) => shared(y) - shared(x) || ease(x) - ease(y) || x.title.localeCompare(y.title))
    .slice(0, limit)
    .map(toListItem);
}

export interface PracticeBody {
  slug: string;
  runner: RunnerSpec | null;
  prompt: string;
  answer: string;
  followUps: string | null;
  hints: string[];
}

/** The texts of several questions in one query, for a practice session. */
export async function getPracticeBodies(db: DbClient, slugs: string[]): Promise<Map<string, PracticeBody>> {
  const rows = await db.question.findMany({
    where: { slug: { in: slugs }, retiredAt: null },
    select: { slug: true, prompt: true, answer: true, followUps: true, hints: true, runner: true },
  });
  // The runner spec is written by the seed from the content file (lib/runner/runner-spec.ts).
  return new Map(rows.map((row) => [row.slug, { ...row, runner: row.runner as RunnerSpec | null }]));
}
