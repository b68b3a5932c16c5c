import { ScrollRegion } from "@/components/ui/scroll-region";

import type { ReactNode } from "react";

/**
 * A table of figures in its own sideways-scrolling box: a visually hidden caption that also names
 * the box, one header row, and the body rows as children, written as bare
 * `<tr><th scope="row">…</th><td>…</td></tr>`. The `figures-table` utility (app/globals.css)
 * styles every cell, so the cells carry no classes: a comparison has some ninety rows, and each
 * class is sent twice, in the HTML and in the page's RSC payload (issue 18).
 */
export function FiguresTable({
  caption,
  columns,
  density = "regular",
  wide = false,
  className,
  children,
}: {
  /** The table's caption and its scroll region's name: unique on the page. */
  caption: string;
  /** The column heads, first the one above the row heads. */
  columns: ReactNode[];
  /**
   * "compact" tightens the cells on a phone (four columns in half the page); "roomy" widens them
   * for a few headline figures, whose row heads are set in medium weight.
   */
  density?: "compact" | "regular" | "roomy";
  /** The table keeps its content width, so it scrolls sideways on a phone (see ScrollRegion). */
  wide?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    // Props left out rather than set to undefined: the RSC payload would spell each one out.
    <ScrollRegion label={caption} {...(wide && { wide })} {...(className && { className })}>
      <table
        className={wide ? "figures-table min-w-max" : "figures-table"}
        {...(density !== "regular" && { "data-density": density })}
      >
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
        {/* Read last: until it is, the table is unseen (the figures-table utility says why). */}
        <tfoot />
      </table>
    </ScrollRegion>
  );
}

/** The words for a figure the source does not give, in a table cell or a sentence. */
export function NotReported({ children = "not reported" }: { children?: ReactNode }) {
  return <span className="text-muted-foreground">{children}</span>;
}
