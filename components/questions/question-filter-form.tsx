import type { QuestionFilters } from "@/lib/questions/filters";
import { searchFormKey } from "@/lib/questions/search-form";
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
  { name: "kind", label: "Kind" },
];

/**
 * The question bank's search and filters: a plain GET form, so the URL holds the whole view.
 *
 * The form is keyed by the view it shows (searchFormKey): navigating to another view mounts a
 * fresh one whose controls show that view's values, where React would keep what the old controls
 * showed (issue 17: after "Clear all", Role and Difficulty stayed set and the next search applied
 * them again).
 *
 * Widths (issue 17: "Machine Learning Engineer (211" was cut off): a select shows its chosen
 * option in one line that cannot wrap, and the longest, "Business Intelligence Analyst (105)", is
 * 253 px of Geist at the 16 px of phones and 222 px at the 14 px from 640 px up. So on phones the
 * panel runs to the screen's edges (278 px of text at 360 px), there is one column up to 768 px,
 * two from there (281 px) and three from 1024 px (245 px; 288 px at 1280). Five in a row left
 * 150 px; two at 640 px, 217.
 */
export function QuestionFilterForm({
  q,
  filters,
  options,
}: {
  q: string | null;
  filters: QuestionFilters;
  options: Record<Filter, FilterOption[]>;
}) {
  return (
    <form
      key={searchFormKey(q, filters)}
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
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        {FILTERS.map(({ name, label }) => (
          <div key={name} className="grid min-w-0 gap-2">
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
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit">Search</Button>
        <ClearFiltersLink />
      </div>
    </form>
  );
}
