import type { Difficulty, Level, QuestionKind } from "@/lib/generated/prisma/client";
import type { difficulties, levels, questionKinds } from "@/lib/content/schemas";

// Content files and URLs spell difficulties and kinds in lowercase ("system-design"); the database
// enums in uppercase ("SYSTEM_DESIGN"). The one mapping between them.

export type DifficultySlug = (typeof difficulties)[number];
export type KindSlug = (typeof questionKinds)[number];
export type LevelSlug = (typeof levels)[number];

export const LEVEL_TO_DB: Record<LevelSlug, Level> = { junior: "JUNIOR", mid: "MID", senior: "SENIOR" };

export const DIFFICULTY_TO_DB: Record<DifficultySlug, Difficulty> = {
  easy: "EASY",
  medium: "MEDIUM",
  hard: "HARD",
};

export const KIND_TO_DB: Record<KindSlug, QuestionKind> = {
  concept: "CONCEPT",
  coding: "CODING",
  sql: "SQL",
  case: "CASE",
  "system-design": "SYSTEM_DESIGN",
  behavioral: "BEHAVIORAL",
};

/** Takes the enum as Prisma returns it, or as text from a raw query. */
export const difficultyFromDb = (value: string) => value.toLowerCase() as DifficultySlug;
export const levelFromDb = (value: string) => value.toLowerCase() as LevelSlug;
export const kindFromDb = (value: string) => value.toLowerCase().replaceAll("_", "-") as KindSlug;
