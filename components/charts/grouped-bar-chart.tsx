import { formatShare } from "@/lib/format";
import { cn } from "@/lib/utils/cn";

import { barLength, isReported } from "./format";

import type { CSSProperties } from "react";

/** One bar per datum; at most two. series[0] is drawn solid in --chart-1, series[1] hatched in --chart-2. */
export interface ChartSeries {
  key: string;
  label: string;
}

/** A category row. `values` are shares in [0, 1] keyed by series key; null means the source gives no figure. */
export interface ChartDatum {
  label: string;
  href?: string;
  values: Record<string, number | null>;
}

export interface GroupedBarChartProps {
  /** Unique on the page: the figure's id, and the prefix of the ids inside it. */
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  data: ChartDatum[];
  className?: string;
}

const MAX_SERIES = 2;

/**
 * A horizontal grouped bar chart of shares, rendered on the server: HTML text for every label and
 * figure (crisp and legible at any width), each bar drawn by CSS against a 0–100% track (the
 * chart-* utilities in app/globals.css). Every figure is printed, so the chart needs no second copy
 * of them as a table (issue 18: page weight). Colour is never the only cue: the second series is
 * hatched and the order is the legend's order. With two series a row reads as one sentence to a
 * screen reader, "SQL — Data Scientist: 46%, Machine Learning Engineer: 17%", through hidden series
 * names; with one, the title names the series and a row reads "SQL 46%". A null value draws no bar
 * and says "not reported". A row's `href` is a plain link: a chart can hold dozens, and next/link
 * would add each to the page's RSC payload and prefetch every one that scrolls into view.
 */
export function GroupedBarChart({ id, title, description, series, data, className }: GroupedBarChartProps) {
  if (series.length === 0 || series.length > MAX_SERIES) {
    throw new Error(`GroupedBarChart "${id}" takes 1 or ${MAX_SERIES} series, got ${series.length}.`);
  }

  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  return (
    <figure
      id={id}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-slot="grouped-bar-chart"
      className={cn(
        "@container relative rounded-xl border bg-card p-4 text-card-foreground shadow-xs sm:p-6",
        className,
      )}
    >
      <figcaption className="grid gap-1">
        <p id={titleId} className="text-subheading text-card-foreground">
          {title}
        </p>
        <p id={descriptionId} className="text-sm text-pretty text-muted-foreground">
          {description}
        </p>
      </figcaption>

      <ul aria-label="Legend" className="mt-4 flex flex-wrap gap-x-5 gap-y-1.5 text-sm text-card-foreground">
        {series.map((item, index) => (
          <li key={item.key} className="flex items-center gap-2">
            <span aria-hidden="true" className={cn("size-3.5 shrink-0 rounded-[3px]", seriesPaint(index))} />
            {item.label}
          </li>
        ))}
      </ul>

      {data.length === 0 ? (
        <p className="mt-5 text-sm text-muted-foreground">No figures to show.</p>
      ) : (
        <ul className="chart-rows">
          {data.map((datum, datumIndex) => {
            const figures = series.map((item, index) => {
              const value = datum.values[item.key];
              // " — Data Scientist: " before the first figure, ", Machine Learning Engineer: " before the second.
              const name = series.length > 1 && (
                <span className="sr-only">{`${index === 0 ? " — " : ", "}${item.label}: `}</span>
              );
              return isReported(value) ? (
                <span
                  key={item.key}
                  className={index === 0 ? "chart-share-1" : "chart-share-2"}
                  style={{ "--share": barLength(value) } as CSSProperties}
                >
                  {name}
                  {formatShare(value)}
                </span>
              ) : (
                <span key={item.key} className="chart-none">
                  {name}
                  not reported
                </span>
              );
            });
            return (
              // The index alone: labels may repeat, and a longer key is sent for every row.
              <li key={datumIndex}>
                {datum.href ? (
                  <a href={datum.href} className="link">
                    {datum.label}
                  </a>
                ) : (
                  <span>{datum.label}</span>
                )}
                {figures}
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}

/** series[0]: solid --chart-1; series[1]: --chart-2 with a hatch, so the two differ without colour. */
function seriesPaint(index: number): string {
  return index === 0 ? "chart-paint-1" : "chart-paint-2";
}
