import "server-only";

import type { DbClient } from "@/lib/db-client";
import type { Difficulty } from "@/lib/recommendations/model";

// What the mastery model needs to know of every question (its difficulty and skills), kept in
// memory for a few minutes. It is editorial data, the same for every user, and changes only when
// content/ is synced (at start-up), so each app process can hold it; the practised-questions read
// then joins nothing (bench-plan). A question the cache does not know (added since) reloads it.

export interface CatalogEntry {
  difficulty: Difficulty;
  skillSlugs: string[];
}

export type QuestionCatalog = ReadonlyMap<string, CatalogEntry>;

const TTL_MS = 5 * 60_000;

interface Cached {
  loadedAt: number;
  catalog: Promise<QuestionCatalog>;
}

// Keyed by client, so tests and scripts with their own databases never share an entry.
const caches = new WeakMap<DbClient, Cached>();

async function loadCatalog(db: DbClient): Promise<QuestionCatalog> {
  const rows = await db.$queryRaw<{ id: string; difficulty: Difficulty; skillSlugs: string[] | null }[]>`
    SELECT q."id", q."difficulty"::text AS difficulty,
      (SELECT array_agg(s."slug") FROM "QuestionSkill" qs JOIN "Skill" s ON s."id" = qs."skillId"
        WHERE qs."questionId" = q."id") AS "skillSlugs"
    FROM "Question" q`;
  return new Map(
    rows.map((row) => [row.id, { difficulty: row.difficulty, skillSlugs: row.skillSlugs ?? [] }]),
  );
}

/** The catalog, from memory when fresh; `knownIds` that it lacks force a reload. */
export async function getQuestionCatalog(
  db: DbClient,
  knownIds: readonly string[] = [],
  nowMs = Date.now(),
): Promise<QuestionCatalog> {
  const cached = caches.get(db);
  if (cached && nowMs - cached.loadedAt < TTL_MS) {
    const catalog = await cached.catalog;
    if (knownIds.every((id) => catalog.has(id))) return catalog;
  }
  const catalog = loadCatalog(db);
  caches.set(db, { loadedAt: nowMs, catalog });
  // A failed load must not stay cached.
  catalog.catch(() => caches.delete(db));
  return catalog;
}
