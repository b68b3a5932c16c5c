import type { QuestionFilters } from "@/lib/questions/filters";
import { searchFormKey } from "@/lib/questions/search-form";
import { DEFAULT_SORT, SORT_LABELS, SORT_ORDERS, type SortOrder } from "@/lib/questions/search-params";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

import { ClearFiltersLink } from "./clear-filters-link";

export interface FilterOption {
  value: string;
  label: string;
  /** How many questions choosing it would give, with the other filters kept. */
  count: number;
}

type Filter = keyof QuestionFilters;

const FILTERS: { name: Filter; label: string }[] = [
  { name: "skill", label: "Skill" },
  { name: "role", label: "Role" },
  { name: "difficulty", label: "Difficulty" },
  { name: "level", label: "Level" },
  // "Kind" in the code and the URL (?kind=); people read "Question type" (issue 17: jargon).
  { name: "kind", label: "Question type" },
];

/**
 * The question bank's search, filters and order: a plain GET form, so the URL holds the whole view
 * and it works without JavaScript.
 *
 * The form is keyed by the view it shows (searchFormKey): navigating to another view mounts a
 * fresh one whose controls show that view's values, where React would keep what the old controls
 * showed (issue 17: after "Clear all", Role and Difficulty stayed set and the next search applied
 * them again).
 *
 * Phones (issue 17: at 360 px the filters filled the first screen, and no result showed): the
 * selects are in a <details>, "Filters and sort", closed, with the number of active ones in its
 * summary. From 640 px up there is room, and CSS shows them without a summary: the closed content
 * is made visible through ::details-content. A browser without ::details-content (before Chrome
 * 131, Safari 18.4, Firefox 143) keeps the summary there too, so the filters are one click away
 * rather than lost. No script either way.
 *
 * Widths (issue 17: "Machine Learning Engineer (211" was cut off): a select shows its chosen
 * option in one line that cannot wrap, and the longest, "Business Intelligence Analyst (105)", is
 * 253 px of Geist at the 16 px of phones and 222 px at the 14 px from 640 px up. So on phones the
 * panel runs to the screen's edges (278 px of text at 360 px), there is one column up to 768 px,
 * two from there (281 px) and three from 1024 px (245 px; 288 px at 1280). Five in a row left
 * 150 px; two at 640 px, 217. The sort order makes a sixth select: two full rows of three.
 */
export function QuestionFilterForm({
  q,
  filters,
  sort = DEFAULT_SORT,
  options,
}: {
  q: string | null;
  filters: QuestionFilters;
  sort?: SortOrder;
  options: Record<Filter, FilterOption[]>;
}) {
  const active = Object.keys(filters).length + (sort === DEFAULT_SORT ? 0 : 1);
  return (
    <form
      key={searchFormKey(q, filters, sort)}
      method="get"
      action="/questions"
      role="search"
      className="-mx-4 mt-8 grid gap-4 border-y bg-card p-4 sm:mx-0 sm:rounded-xl sm:border sm:p-5"
    >
      <div className="grid gap-2">
        <Label htmlFor="q">Search titles, questions and answers</Label>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={q ?? ""}
          placeholder="for example: window functions, p-value, drift"
          maxLength={2000}
        />
      </div>
      <details className="sm:details-content:block sm:details-content:[content-visibility:visible]">
        <summary className="-my-2 w-fit cursor-pointer rounded-sm py-2.5 font-medium supports-[selector(::details-content)]:sm:hidden">
          Filters and sort
          {active > 0 && <span className="font-normal text-muted-foreground"> ({active} active)</span>}
        </summary>
        <div className="mt-4 grid gap-4 sm:mt-0 md:grid-cols-2 lg:grid-cols-3">
          {FILTERS.map(({ name, label }) => (
            <div key={name} className="grid min-w-0 content-start gap-2">
              <Label htmlFor={`filter-${name}`}>{label}</Label>
              <Select id={`filter-${name}`} name={name} defaultValue={filters[name] ?? ""}>
                <option value="">Any</option>
                {options[name].map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label} ({o.count})
                  </option>
                ))}
              </Select>
            </div>
          ))}
          <div className="grid min-w-0 content-start gap-2">
            <Label htmlFor="sort">Sort by</Label>
            {/* The default order is the empty value, as "Any" is in the filters: Clear all empties
                it (clearSearchFields) and the address leaves it out. */}
            <Select
              id="sort"
              name="sort"
              defaultValue={sort === DEFAULT_SORT ? "" : sort}
              aria-describedby="sort-hint"
            >
              {SORT_ORDERS.map((order) => (
                <option key={order} value={order === DEFAULT_SORT ? "" : order}>
                  {SORT_LABELS[order]}
                </option>
              ))}
            </Select>
            <p id="sort-hint" className="text-sm text-muted-foreground">
              With no search, relevance lists the easiest first.
            </p>
          </div>
        </div>
      </details>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Search</Button>
        <ClearFiltersLink />
      </div>
    </form>
  );
}
