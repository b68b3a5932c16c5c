import "server-only";

import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

import {
  DIFFICULTY_TO_DB,
  difficultyFromDb,
  KIND_TO_DB,
  kindFromDb,
  LEVEL_TO_DB,
  levelFromDb,
  type DifficultySlug,
  type KindSlug,
  type LevelSlug,
} from "./enums";
import type { QuestionFilters } from "./filters";
import { DEFAULT_SORT, PAGE_SIZE, type SearchRequest, type SortOrder } from "./search-params";

// The question bank's search: PostgreSQL full-text search over title, topic, prompt and answer
// (through the GIN index on the stored searchVector column), with the filters and counts per
// filter value. When the words match nothing, pg_trgm word similarity on titles finds what a typo
// missed. Two separate queries rather than one OR: with the OR, PostgreSQL reads every row and
// computes trigrams for every title.
// Takes the client as an argument so the benchmark can run the very same query.

export type Facet = "skill" | "role" | "difficulty" | "level" | "kind";

export interface SearchHit {
  slug: string;
  title: string;
  difficulty: DifficultySlug;
  level: LevelSlug | null;
  kind: KindSlug;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** For each facet, how many questions each value would give, with the other filters kept. */
  facets: Record<Facet, Map<string, number>>;
  /** How the text matched: its words ("words"), a title close to it ("similar titles"), or no text. */
  matchedBy: "words" | "similar titles" | null;
}

type Match = "words" | "similar titles";

/**
 * The search text as a text-search query: web-search syntax ("a phrase", -word, or) after dropping
 * a hyphen between a letter and a letter or digit, as the indexed text is (question_search_query
 * and question_search_words, in the search-ranking migration): "p-value" and "pvalue" are one
 * query with one ranking, and both find "p-value" (issue 17).
 */
function tsQuery(text: string): Prisma.Sql {
  return Prisma.sql`question_search_query(${text})`;
}

function textCondition(text: string | null, match: Match): Prisma.Sql {
  if (!text) return Prisma.sql`TRUE`;
  return match === "words"
    ? Prisma.sql`q."searchVector" @@ ${tsQuery(text)}`
    : Prisma.sql`q."title" %> ${text}`;
}

/**
 * Best matches first (issue 17): questions with every word in the title; then by cover density over
 * the title (weight A: 1.0), topic and prompt (B: 0.4), which is zero unless every word is there,
 * higher the closer together the words stand (a phrase scores most) and the more the title holds,
 * and divided by 1 + log of the length so long prompts do not win. So questions that need their
 * answer to hold every word come last: ranking by the answers would read every matching answer
 * from TOAST storage (npm run bench:search). Null without search text: there is nothing to rank by.
 */
function relevance(text: string | null, match: Match): Prisma.Sql | null {
  if (!text) return null;
  return match === "words"
    ? Prisma.sql`q."titleVector" @@ ${tsQuery(text)} DESC,
        ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', q."rankVector", ${tsQuery(text)}, 1) DESC`
    : Prisma.sql`word_similarity(${text}, q."title") DESC`;
}

/**
 * The order of the list (?sort=, lib/questions/search-params.ts). Relevance, and easiest first
 * without search text; by difficulty, best matches first within each; or by title, ignoring case
 * and any backticks and quotes in the title. Ties go by title, then slug, so that a page
 * boundary never falls differently between two requests.
 */
function orderBy(text: string | null, match: Match, sort: SortOrder): Prisma.Sql {
  const ranked = relevance(text, match);
  const byTitle = Prisma.sql`q."title", q."slug"`;
  if (sort === "title") {
    return Prisma.sql`lower(translate(q."title", '\`"“”‘’', '')), ${byTitle}`;
  }
  if (sort === "difficulty" || !ranked) {
    return ranked
      ? Prisma.sql`q."difficulty", ${ranked}, ${byTitle}`
      : Prisma.sql`q."difficulty", ${byTitle}`;
  }
  return Prisma.sql`${ranked}, ${byTitle}`;
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
  if (filters.level && except !== "level") {
    parts.push(Prisma.sql`q."level" = ${LEVEL_TO_DB[filters.level]}::"Level"`);
  }
  if (filters.kind && except !== "kind") {
    parts.push(Prisma.sql`q."kind" = ${KIND_TO_DB[filters.kind]}::"QuestionKind"`);
  }
  return Prisma.join(parts, " AND ");
}

const FACETS = ["skill", "role", "difficulty", "level", "kind"] as const;

/**
 * The total and every facet's counts in one statement. The matching questions are found once; a
 * facet whose own filter is set counts over the questions matching everything else, so that its
 * other values show what choosing them would give.
 */
function countsQuery(request: SearchRequest, match: Match): Prisma.Sql {
  const text = textCondition(request.q, match);
  const sets = FACETS.map((facet) =>
    request.filters[facet]
      ? Prisma.sql`${Prisma.raw(`${facet}_set`)} AS (SELECT q."id", q."difficulty", q."level", q."kind" FROM "Question" q
          WHERE ${text} AND ${filterCondition(request.filters, facet)})`
      : Prisma.sql`${Prisma.raw(`${facet}_set`)} AS (SELECT * FROM base)`,
  );
  return Prisma.sql`WITH base AS MATERIALIZED (
      SELECT q."id", q."difficulty", q."level", q."kind" FROM "Question" q WHERE ${text} AND ${filterCondition(request.filters)}
    ), ${Prisma.join(sets, ", ")}
    SELECT 'total' AS facet, '' AS value, COUNT(*)::int AS count FROM base
    UNION ALL SELECT 'difficulty', lower(d."difficulty"::text), COUNT(*)::int FROM difficulty_set d GROUP BY d."difficulty"
    UNION ALL SELECT 'level', lower(l."level"::text), COUNT(*)::int FROM level_set l
      WHERE l."level" IS NOT NULL GROUP BY l."level"
    UNION ALL SELECT 'kind', replace(lower(k."kind"::text), '_', '-'), COUNT(*)::int FROM kind_set k GROUP BY k."kind"
    UNION ALL SELECT 'skill', s."slug", c.count FROM (
        SELECT qs."skillId", COUNT(*)::int AS count FROM skill_set b
        JOIN "QuestionSkill" qs ON qs."questionId" = b."id" GROUP BY qs."skillId"
      ) c JOIN "Skill" s ON s."id" = c."skillId"
    UNION ALL SELECT 'role', r."slug", c.count FROM (
        SELECT qr."roleId", COUNT(*)::int AS count FROM role_set b
        JOIN "QuestionRole" qr ON qr."questionId" = b."id" GROUP BY qr."roleId"
      ) c JOIN "Role" r ON r."id" = c."roleId"`;
}

async function run(client: DbClient, request: SearchRequest, match: Match) {
  const where = Prisma.sql`${textCondition(request.q, match)} AND ${filterCondition(request.filters)}`;
  const offset = (request.page - 1) * PAGE_SIZE;
  const [hits, counts] = await Promise.all([
    client.$queryRaw<
      { slug: string; title: string; difficulty: string; level: string | null; kind: string }[]
    >`
      SELECT q."slug", q."title", q."difficulty"::text AS difficulty, q."level"::text AS level, q."kind"::text AS kind
      FROM "Question" q WHERE ${where} ORDER BY ${orderBy(request.q, match, request.sort ?? DEFAULT_SORT)} LIMIT ${PAGE_SIZE} OFFSET ${offset}`,
    client.$queryRaw<{ facet: Facet | "total"; value: string; count: number }[]>(countsQuery(request, match)),
  ]);
  const facets: Record<Facet, Map<string, number>> = {
    skill: new Map(),
    role: new Map(),
    difficulty: new Map(),
    level: new Map(),
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
      level: h.level === null ? null : levelFromDb(h.level),
      kind: kindFromDb(h.kind),
    })),
    total,
    facets,
  };
}

export async function searchQuestions(client: DbClient, request: SearchRequest): Promise<SearchResult> {
  const byWords = await run(client, request, "words");
  if (!request.q) return { ...byWords, matchedBy: null };
  if (byWords.total > 0) return { ...byWords, matchedBy: "words" };
  const bySimilarTitles = await run(client, request, "similar titles");
  return bySimilarTitles.total > 0
    ? { ...bySimilarTitles, matchedBy: "similar titles" }
    : { ...byWords, matchedBy: null };
}
