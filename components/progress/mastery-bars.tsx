import { ShareBar } from "@/components/charts/share-bar";
import { Link } from "@/components/ui/link";

import { formatDemand, formatMastery, masteryShare } from "./format";

import type { ReactNode } from "react";

export interface MasteryRow {
  skillSlug: string;
  skillName: string;
  href?: string;
  /** In [0, 1]; values outside are clamped, NaN reads as 0. */
  mastery: number;
  /** Share of postings asking for the skill, in [0, 1]; null when the source gives no figure. */
  demand: number | null;
  /** What the mastery rests on: "3 questions practised", "self-rated 2/5", "not practised". */
  sourceLabel: string;
}

export interface MasteryBarsProps {
  /** Unique on the page: the figure's id, and the prefix of the ids inside it. */
  id: string;
  title: string;
  description: string;
  /** Drawn in the order given; the caller sorts them (by demand, on the progress page). */
  rows: MasteryRow[];
  /** Shown instead of the bars when there are no rows: say what to do next, a link is welcome. */
  emptyMessage: ReactNode;
}

/**
 * Mastery per skill, rendered on the server like components/charts/grouped-bar-chart.tsx: HTML
 * text for every label and figure, one small SVG per bar against a 0–100% track. There is one
 * series, so colour carries no meaning; each bar's figure is printed beside it, with the skill's
 * demand and what the score is based on underneath. Every figure is printed, so, like the chart, it
 * needs no second copy of them as a table.
 */
export function MasteryBars({ id, title, description, rows, emptyMessage }: MasteryBarsProps) {
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  return (
    <figure
      id={id}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-slot="mastery-bars"
      className="@container rounded-xl border bg-card p-4 text-card-foreground shadow-xs sm:p-6"
    >
      <figcaption className="grid gap-1">
        <p id={titleId} className="text-subheading text-card-foreground">
          {title}
        </p>
        <p id={descriptionId} className="text-sm text-pretty text-muted-foreground">
          {description}
        </p>
      </figcaption>

      {rows.length === 0 ? (
        <div className="mt-5 text-sm text-pretty text-muted-foreground">{emptyMessage}</div>
      ) : (
        // An ordered list: the order (most asked-for first) is part of the message.
        <ol className="mt-5 grid gap-5 @lg:gap-4">
          {rows.map((row) => (
            <li
              key={row.skillSlug}
              className="grid gap-1.5 @lg:grid-cols-[minmax(0,12rem)_minmax(0,1fr)] @lg:gap-x-6"
            >
              <span className="min-w-0 text-sm font-medium break-words text-card-foreground">
                {row.href ? (
                  <Link href={row.href} className="link">
                    {row.skillName}
                  </Link>
                ) : (
                  row.skillName
                )}
              </span>
              <span className="grid min-w-0 gap-1">
                <span className="chart-pair">
                  <ShareBar
                    value={masteryShare(row.mastery)}
                    title={`${row.skillName}: ${formatMastery(row.mastery)} mastery`}
                    className="h-3"
                  />
                  <span className="chart-value">
                    <span className="sr-only">Mastery: </span>
                    {formatMastery(row.mastery)}
                  </span>
                </span>
                <span className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
                  <span>{formatDemand(row.demand)}</span>
                  <span aria-hidden="true">·</span>
                  <span>{row.sourceLabel}</span>
                </span>
              </span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}
