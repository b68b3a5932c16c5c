import type { QuestionFilters } from "./filters";
import type { SortOrder } from "./search-params";

// The question bank's search form in the browser. Browser-safe: no server imports.

/** The form's fields, in the order of the URL (lib/questions/search-params.ts, withParams). */
export const SEARCH_FIELDS = [
  "q",
  "skill",
  "role",
  "difficulty",
  "level",
  "kind",
  "sort",
] as const satisfies readonly ("q" | keyof QuestionFilters | "sort")[];

const fieldNames: ReadonlySet<string> = new Set(SEARCH_FIELDS);

/** The part of a form control this needs; an HTMLInputElement or HTMLSelectElement is one. */
export interface ClearableControl {
  name?: string;
  value?: string;
}

/**
 * Empties the search text and every filter of a form (an empty value is "Any" in each select, and
 * the default order in the sort control), so that what the controls show is the unfiltered view
 * "Clear all" goes to, at once and whatever the URL was (issue 17). Other controls (buttons) are
 * left alone. Returns how many were emptied.
 */
export function clearSearchFields(controls: Iterable<unknown>): number {
  let cleared = 0;
  for (const control of controls) {
    if (typeof control !== "object" || control === null) continue;
    const field = control as ClearableControl;
    if (typeof field.name !== "string" || !fieldNames.has(field.name) || typeof field.value !== "string")
      continue;
    field.value = "";
    cleared++;
  }
  return cleared;
}

/**
 * Identifies the view a search form shows: its search text, filters and order (not the page). The
 * form is keyed by it, so that reaching another view (Clear all, Back, a link) mounts a fresh form
 * showing that view's values: React keeps what a control shows across a re-render, whatever its new
 * defaultValue, which is how "Clear all" used to leave Role and Difficulty set (issue 17).
 */
export function searchFormKey(q: string | null, filters: QuestionFilters, sort?: SortOrder): string {
  const values: Record<string, string | null | undefined> = { q, ...filters, sort };
  return JSON.stringify(SEARCH_FIELDS.map((name) => values[name] ?? null));
}
