import { cellsAreShort, estimatedWidth, tableLabel } from "@/lib/questions/markdown-table";
import { cn } from "@/lib/utils/cn";

import { ScrollRegion } from "@/components/ui/scroll-region";

import type { ComponentPropsWithoutRef } from "react";
import type { ExtraProps } from "react-markdown";

/**
 * A table in Markdown (a question, an answer, a note), in its own sideways-scrolling box: a table of
 * six columns of figures is wider than a 360 px screen, and the page itself must never scroll
 * sideways. The box is the one the role pages' tables use, named by the table's column heads and
 * the `part` of the page the Markdown is (see tableLabel).
 * A table estimated too wide for a phone is `wide`: the "Scroll sideways for more" line keeps its
 * space from the first frame at every width (on a phone every table keeps it), so it cannot push
 * the page down when it appears after hydration. A table of figures keeps each cell on one line
 * (`data-short-cells`, styled by the markdown-table-box utility in app/globals.css) and scrolls;
 * one with phrases in it wraps them.
 */
export function MarkdownTable({
  node,
  part,
  ...props
}: ComponentPropsWithoutRef<"table"> & ExtraProps & { part: string }) {
  const shortCells = cellsAreShort(node);
  const wide = estimatedWidth(node, shortCells) > PHONE_COLUMN_PX;
  return (
    // The hint line (or its kept space: a wide table's, and any table's on a phone) stands in for
    // most of the margin above it.
    <ScrollRegion
      label={tableLabel(node, part)}
      {...(wide && { wide })}
      className={cn("markdown-table-box first:mt-0 last:mb-0", wide ? "mt-2 mb-6" : "my-6 max-sm:mt-0.5")}
    >
      <table {...props} {...(shortCells && { "data-short-cells": "" })} />
    </ScrollRegion>
  );
}

/**
 * The text column on a 360 px phone is 328 px; a table estimated wider than a little less than that
 * is treated as one that overflows (erring that way costs an empty line's space, not a shift).
 */
const PHONE_COLUMN_PX = 300;
