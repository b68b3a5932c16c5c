import { parseFilters, type QuestionFilters } from "./filters";

// Everything the question bank reads from its URL: the search text, the filters, the order and the
// page. Parsing never fails: odd input is trimmed, capped or dropped, and a note says what happened.

export const PAGE_SIZE = 20;
/** Longer text is cut to this many characters: nobody types more, and it bounds the query's cost. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The orders the list can be sorted in (?sort=title). Relevance, the default, is the search's own
 * ranking (lib/questions/search-query.ts); without search text there is nothing to rank by, so it
 * lists the easiest questions first, as "difficulty" does.
 */
export const SORT_ORDERS = ["relevance", "difficulty", "title"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
export const DEFAULT_SORT: SortOrder = "relevance";

/** How the sort control names each order; short enough for a select at 360 px. */
export const SORT_LABELS: Record<SortOrder, string> = {
  relevance: "Relevance",
  difficulty: "Difficulty, easy to hard",
  title: "Title, A to Z",
};

const isSortOrder = (value: string): value is SortOrder => (SORT_ORDERS as readonly string[]).includes(value);

export interface SearchRequest {
  q: string | null;
  filters: QuestionFilters;
  /** Unset is the default, relevance (callers from before sorting, such as the benchmark). */
  sort?: SortOrder;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

export function parseSearchParams(
  params: SearchParams,
  known: { skills: Set<string>; roles: Set<string> },
): { request: SearchRequest; notes: string[] } {
  const { filters, ignored } = parseFilters(params, known);
  const notes = [...ignored];
  const rawQuery = [params.q].flat()[0] ?? "";
  // Control characters carry no meaning in a search and would only confuse the text search parser.
  let q = rawQuery
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (q.length > MAX_QUERY_LENGTH) {
    q = q.slice(0, MAX_QUERY_LENGTH).trim();
    notes.push(`Your search was cut to its first ${MAX_QUERY_LENGTH} characters.`);
  }
  const rawSort = [params.sort].flat()[0]?.trim();
  let sort = DEFAULT_SORT;
  if (rawSort) {
    if (isSortOrder(rawSort)) sort = rawSort;
    else {
      const shown = rawSort.replace(/\p{Cc}/gu, " ").slice(0, 60);
      notes.push(`There is no sort order "${shown}"; sorting by relevance instead.`);
    }
  }
  const rawPage = [params.page].flat()[0];
  let page = 1;
  if (rawPage !== undefined && rawPage !== "") {
    const parsed = Number(rawPage);
    if (Number.isInteger(parsed) && parsed >= 1) page = parsed;
    else notes.push(`"${rawPage.slice(0, 20)}" is not a page number; showing the first page.`);
  }
  return { request: { q: q || null, filters, sort, page }, notes };
}

/** Keeps a page inside the results: past the end shows the last page, with a note. */
export function clampPage(
  page: number,
  total: number,
): { page: number; pageCount: number; note: string | null } {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page <= pageCount) return { page, pageCount, note: null };
  return {
    page: pageCount,
    pageCount,
    note: `There is no page ${page}; showing page ${pageCount}, the last.`,
  };
}

/** The URL of the same view with some parameters changed (a null value removes it). */
export function withParams(
  request: SearchRequest,
  changes: Partial<Record<"q" | keyof QuestionFilters | "sort" | "page", string | null>>,
): string {
  const sort = request.sort ?? DEFAULT_SORT;
  const entries: [string, string | null | undefined][] = [
    ["q", request.q],
    ["skill", request.filters.skill],
    ["role", request.filters.role],
    ["difficulty", request.filters.difficulty],
    ["level", request.filters.level],
    ["kind", request.filters.kind],
    // The default order is left out, so the plain list keeps its short address.
    ["sort", sort === DEFAULT_SORT ? null : sort],
    ["page", request.page > 1 ? String(request.page) : null],
  ];
  const params = new URLSearchParams();
  for (const [key, value] of entries) {
    const next = key in changes ? changes[key as keyof typeof changes] : value;
    if (next) params.set(key, next);
  }
  const query = params.toString();
  return query ? `/questions?${query}` : "/questions";
}
