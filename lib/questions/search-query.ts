import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

import {
  DIFFICULTY_TO_DB,
  difficultyFromDb,
  KIND_TO_DB,
  kindFromDb,
  type DifficultySlug,
  type KindSlug,
} from "./enums";
import type { QuestionFilters } from "./filters";
import { PAGE_SIZE, type SearchRequest } from "./search-params";

// The question bank's search: PostgreSQL full-text search over title, prompt and answer (ranked,
// through the expression index of the question-search migration), plus pg_trgm word similarity on
// titles so that a typo still finds its question, with the filters and counts per filter value.
// Takes the client as an argument so the benchmark can run the very same query.

export type Facet = "skill" | "role" | "difficulty" | "kind";

export interface SearchHit {
  slug: string;
  title: string;
  difficulty: DifficultySlug;
  kind: KindSlug;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** For each facet, how many questions each value would give, with the other filters kept. */
  facets: Record<Facet, Map<string, number>>;
}

const VECTOR = Prisma.sql`question_search_vector(q."title", q."prompt", q."answer")`;

function textCondition(text: string | null): Prisma.Sql {
  if (!text) return Prisma.sql`TRUE`;
  return Prisma.sql`(${VECTOR} @@ websearch_to_tsquery('english', ${text}) OR ${text} <% q."title")`;
}

function filterCondition(filters: QuestionFilters, except?: Facet): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`q."retiredAt" IS NULL`];
  if (filters.skill && except !== "skill") {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "QuestionSkill" qs JOIN "Skill" s ON s."id" = qs."skillId"
      WHERE qs."questionId" = q."id" AND s."slug" = ${filters.skill})`);
  }
  if (filters.role && except !== "role") {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "QuestionRole" qr JOIN "Role" r ON r."id" = qr."roleId"
      WHERE qr."questionId" = q."id" AND r."slug" = ${filters.role})`);
  }
  if (filters.difficulty && except !== "difficulty") {
    parts.push(Prisma.sql`q."difficulty" = ${DIFFICULTY_TO_DB[filters.difficulty]}::"Difficulty"`);
  }
  if (filters.kind && except !== "kind") {
    parts.push(Prisma.sql`q."kind" = ${KIND_TO_DB[filters.kind]}::"QuestionKind"`);
  }
  return Prisma.join(parts, " AND ");
}

function facetQuery(facet: Facet, request: SearchRequest): Prisma.Sql {
  const where = Prisma.sql`${textCondition(request.q)} AND ${filterCondition(request.filters, facet)}`;
  switch (facet) {
    case "skill":
      return Prisma.sql`SELECT s."slug" AS value, COUNT(*)::int AS count FROM "Question" q
        JOIN "QuestionSkill" qs ON qs."questionId" = q."id" JOIN "Skill" s ON s."id" = qs."skillId"
        WHERE ${where} GROUP BY s."slug"`;
    case "role":
      return Prisma.sql`SELECT r."slug" AS value, COUNT(*)::int AS count FROM "Question" q
        JOIN "QuestionRole" qr ON qr."questionId" = q."id" JOIN "Role" r ON r."id" = qr."roleId"
        WHERE ${where} GROUP BY r."slug"`;
    case "difficulty":
      return Prisma.sql`SELECT lower(q."difficulty"::text) AS value, COUNT(*)::int AS count FROM "Question" q
        WHERE ${where} GROUP BY q."difficulty"`;
    case "kind":
      return Prisma.sql`SELECT replace(lower(q."kind"::text), '_', '-') AS value, COUNT(*)::int AS count FROM "Question" q
        WHERE ${where} GROUP BY q."kind"`;
  }
}

export async function searchQuestions(client: DbClient, request: SearchRequest): Promise<SearchResult> {
  const where = Prisma.sql`${textCondition(request.q)} AND ${filterCondition(request.filters)}`;
  const order = request.q
    ? Prisma.sql`ts_rank(${VECTOR}, websearch_to_tsquery('english', ${request.q})) DESC,
        word_similarity(${request.q}, q."title") DESC, q."title"`
    : Prisma.sql`q."difficulty", q."title"`;
  const offset = (request.page - 1) * PAGE_SIZE;
  const [hits, totals, ...facetRows] = await Promise.all([
    client.$queryRaw<{ slug: string; title: string; difficulty: string; kind: string }[]>`
      SELECT q."slug", q."title", q."difficulty"::text AS difficulty, q."kind"::text AS kind
      FROM "Question" q WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    client.$queryRaw<{ total: number }[]>`SELECT COUNT(*)::int AS total FROM "Question" q WHERE ${where}`,
    ...(["skill", "role", "difficulty", "kind"] as const).map((facet) =>
      client.$queryRaw<{ value: string; count: number }[]>(facetQuery(facet, request)),
    ),
  ]);
  const [skill, role, difficulty, kind] = facetRows.map(
    (rows) => new Map(rows.map((r) => [r.value, r.count])),
  );
  return {
    hits: hits.map((h) => ({
      ...h,
      difficulty: difficultyFromDb(h.difficulty),
      kind: kindFromDb(h.kind),
    })),
    total: totals[0]?.total ?? 0,
    facets: { skill: skill!, role: role!, difficulty: difficulty!, kind: kind! },
  };
}
