import { ShareBar } from "@/components/charts/share-bar";
import { Link } from "@/components/ui/link";

import { formatDemand, formatDemandShare, formatMastery, masteryShare } from "./format";

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
 * demand and what the score is based on underneath. A <details> holds the same rows as a table.
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
        <>
          {/* An ordered list: the order (most asked-for first) is part of the message. */}
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

          <details className="mt-5 border-t pt-4">
            <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium text-card-foreground">
              Show the figures as a table
            </summary>
            {/* Wide enough for four columns on a phone only if it may scroll sideways. */}
            <div className="mt-3 overflow-x-auto">
              <table className="w-full max-w-2xl text-sm">
                <caption className="sr-only">{title}</caption>
                <thead>
                  <tr className="border-b">
                    <th
                      scope="col"
                      className="py-2 pr-3 text-left align-bottom font-medium text-card-foreground"
                    >
                      Skill
                    </th>
                    <th
                      scope="col"
                      className="px-3 py-2 text-right align-bottom font-medium text-card-foreground"
                    >
                      Mastery
                    </th>
                    <th
                      scope="col"
                      className="px-3 py-2 text-right align-bottom font-medium text-card-foreground"
                    >
                      Share of postings
                    </th>
                    <th
                      scope="col"
                      className="py-2 pl-3 text-left align-bottom font-medium text-card-foreground"
                    >
                      Based on
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.skillSlug} className="border-b last:border-b-0">
                      <th scope="row" className="py-2 pr-3 text-left font-normal text-card-foreground">
                        {row.skillName}
                      </th>
                      <td className="px-3 py-2 text-right text-card-foreground tabular-nums">
                        {formatMastery(row.mastery)}
                      </td>
                      <td className="px-3 py-2 text-right text-card-foreground tabular-nums">
                        {formatDemandShare(row.demand)}
                      </td>
                      <td className="py-2 pl-3 text-card-foreground">{row.sourceLabel}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </figure>
  );
}
