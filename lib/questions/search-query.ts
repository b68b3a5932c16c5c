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
// through the GIN index on the stored searchVector column), plus pg_trgm word similarity on
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

const VECTOR = Prisma.sql`q."searchVector"`;

function textCondition(text: string | null): Prisma.Sql {
  if (!text) return Prisma.sql`TRUE`;
  return Prisma.sql`(${VECTOR} @@ websearch_to_tsquery('english', ${text}) OR q."title" %> ${text})`;
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

const FACETS = ["skill", "role", "difficulty", "kind"] as const;

/**
 * The total and every facet's counts in one statement. The matching questions are found once; a
 * facet whose own filter is set counts over the questions matching everything else, so that its
 * other values show what choosing them would give.
 */
function countsQuery(request: SearchRequest): Prisma.Sql {
  const text = textCondition(request.q);
  const sets = FACETS.map((facet) =>
    request.filters[facet]
      ? Prisma.sql`${Prisma.raw(`${facet}_set`)} AS (SELECT q."id", q."difficulty", q."kind" FROM "Question" q
          WHERE ${text} AND ${filterCondition(request.filters, facet)})`
      : Prisma.sql`${Prisma.raw(`${facet}_set`)} AS (SELECT * FROM base)`,
  );
  return Prisma.sql`WITH base AS MATERIALIZED (
      SELECT q."id", q."difficulty", q."kind" FROM "Question" q WHERE ${text} AND ${filterCondition(request.filters)}
    ), ${Prisma.join(sets, ", ")}
    SELECT 'total' AS facet, '' AS value, COUNT(*)::int AS count FROM base
    UNION ALL SELECT 'difficulty', lower(d."difficulty"::text), COUNT(*)::int FROM difficulty_set d GROUP BY d."difficulty"
    UNION ALL SELECT 'kind', replace(lower(k."kind"::text), '_', '-'), COUNT(*)::int FROM kind_set k GROUP BY k."kind"
    UNION ALL SELECT 'skill', s."slug", COUNT(*)::int FROM skill_set b
      JOIN "QuestionSkill" qs ON qs."questionId" = b."id" JOIN "Skill" s ON s."id" = qs."skillId" GROUP BY s."slug"
    UNION ALL SELECT 'role', r."slug", COUNT(*)::int FROM role_set b
      JOIN "QuestionRole" qr ON qr."questionId" = b."id" JOIN "Role" r ON r."id" = qr."roleId" GROUP BY r."slug"`;
}

export async function searchQuestions(client: DbClient, request: SearchRequest): Promise<SearchResult> {
  const where = Prisma.sql`${textCondition(request.q)} AND ${filterCondition(request.filters)}`;
  // Relevance: text-search rank (title words weigh most, and long answers do not win by length
  // alone) plus how closely the title matches the words typed, which also ranks typo matches.
  const order = request.q
    ? Prisma.sql`ts_rank('{0.05, 0.1, 0.3, 1.0}', ${VECTOR}, websearch_to_tsquery('english', ${request.q}), 1)
        + word_similarity(${request.q}, q."title") DESC, q."title"`
    : Prisma.sql`q."difficulty", q."title"`;
  const offset = (request.page - 1) * PAGE_SIZE;
  const [hits, counts] = await Promise.all([
    client.$queryRaw<{ slug: string; title: string; difficulty: string; kind: string }[]>`
      SELECT q."slug", q."title", q."difficulty"::text AS difficulty, q."kind"::text AS kind
      FROM "Question" q WHERE ${where} ORDER BY ${order} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    client.$queryRaw<{ facet: Facet | "total"; value: string; count: number }[]>(countsQuery(request)),
  ]);
  const facets: Record<Facet, Map<string, number>> = {
    skill: new Map(),
    role: new Map(),
    difficulty: new Map(),
    kind: new Map(),
  };
  let total = 0;
  for (const row of counts) {
    if (row.facet === "total") total = row.count;
    else facets[row.facet].set(row.value, row.count);
  }
  return {
    hits: hits.map((h) => ({
      ...h,
      difficulty: difficultyFromDb(h.difficulty),
      kind: kindFromDb(h.kind),
    })),
    total,
    facets,
  };
}
