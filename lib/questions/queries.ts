import "server-only";

import { db } from "@/lib/db";
import type { Difficulty, QuestionKind } from "@/lib/generated/prisma/client";
import type { RoleRef } from "@/lib/roles/types";

import type { QuestionFilters } from "./filters";

// Reads for the question bank. Retired questions (their file was removed) are never listed.

const DIFFICULTY: Record<NonNullable<QuestionFilters["difficulty"]>, Difficulty> = {
  easy: "EASY",
  medium: "MEDIUM",
  hard: "HARD",
};
const KIND: Record<NonNullable<QuestionFilters["kind"]>, QuestionKind> = {
  concept: "CONCEPT",
  coding: "CODING",
  sql: "SQL",
  case: "CASE",
  "system-design": "SYSTEM_DESIGN",
  behavioral: "BEHAVIORAL",
};

export const difficultyFromDb = (value: Difficulty) =>
  value.toLowerCase() as NonNullable<QuestionFilters["difficulty"]>;
export const kindFromDb = (value: QuestionKind) =>
  value.toLowerCase().replace("_", "-") as NonNullable<QuestionFilters["kind"]>;

export interface QuestionListItem {
  slug: string;
  title: string;
  difficulty: NonNullable<QuestionFilters["difficulty"]>;
  kind: NonNullable<QuestionFilters["kind"]>;
  skills: RoleRef[];
}

export async function listQuestions(filters: QuestionFilters): Promise<QuestionListItem[]> {
  const rows = await db.question.findMany({
    where: {
      retiredAt: null,
      ...(filters.skill && { skills: { some: { skill: { slug: filters.skill } } } }),
      ...(filters.role && { roles: { some: { role: { slug: filters.role } } } }),
      ...(filters.difficulty && { difficulty: DIFFICULTY[filters.difficulty] }),
      ...(filters.kind && { kind: KIND[filters.kind] }),
    },
    orderBy: [{ difficulty: "asc" }, { title: "asc" }],
    select: {
      slug: true,
      title: true,
      difficulty: true,
      kind: true,
      skills: { select: { skill: { select: { slug: true, name: true } } } },
    },
  });
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    difficulty: difficultyFromDb(row.difficulty),
    kind: kindFromDb(row.kind),
    skills: row.skills.map((s) => s.skill),
  }));
}

export async function listFilterOptions(): Promise<{ skills: RoleRef[]; roles: RoleRef[] }> {
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

export async function listQuestionSlugs(): Promise<string[]> {
  const rows = await db.question.findMany({ where: { retiredAt: null }, select: { slug: true } });
  return rows.map((row) => row.slug);
}

export interface QuestionDetail extends QuestionListItem {
  prompt: string;
  answer: string;
  followUps: string | null;
  hints: string[];
  roles: RoleRef[];
}

export async function getQuestion(slug: string): Promise<QuestionDetail | null> {
  const row = await db.question.findFirst({
    where: { slug, retiredAt: null },
    select: {
      slug: true,
      title: true,
      difficulty: true,
      kind: true,
      prompt: true,
      answer: true,
      followUps: true,
      hints: true,
      skills: { select: { skill: { select: { slug: true, name: true } } } },
      roles: { orderBy: { role: { name: "asc" } }, select: { role: { select: { slug: true, name: true } } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    difficulty: difficultyFromDb(row.difficulty),
    kind: kindFromDb(row.kind),
    skills: row.skills.map((s) => s.skill),
    roles: row.roles.map((r) => r.role),
  };
}
