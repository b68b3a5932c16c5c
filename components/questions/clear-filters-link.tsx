"use client";

import type { MouseEvent } from "react";

import { clearSearchFields } from "@/lib/questions/search-form";
import { ButtonLink } from "@/components/ui/button";

/**
 * "Clear all": goes to the unfiltered bank and, at once, empties the search text and every filter
 * of its form, also when the URL has no filters yet and the page therefore does not change.
 */
export function ClearFiltersLink() {
  const clear = (event: MouseEvent<HTMLAnchorElement>) => {
    const form = event.currentTarget.closest("form");
    if (form) clearSearchFields(form.elements);
  };
  return (
    <ButtonLink href="/questions" variant="ghost" onClick={clear}>
      Clear all
    </ButtonLink>
  );
}
