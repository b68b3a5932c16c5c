import Link from "next/link";

import { formatShare } from "@/lib/format";
import { cn } from "@/lib/utils/cn";

import { isReported } from "./format";
import { ShareBar } from "./share-bar";

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
  /** Heading of the first column of the table view ("Skill", "Seniority"); "Category" by default. */
  categoryLabel?: string;
  /** "compact" keeps labels beside thinner bars, for short breakdowns (seniority, work mode, country). */
  density?: "regular" | "compact";
  className?: string;
}

const MAX_SERIES = 2;

const densities = {
  regular: {
    title: "text-subheading",
    list: "mt-5 gap-5 @lg:gap-4",
    row: "chart-row",
    bars: "gap-1.5",
    bar: "h-4",
  },
  compact: {
    title: "text-base font-semibold",
    list: "mt-4 gap-3",
    row: "chart-row-compact",
    bars: "gap-1",
    bar: "h-2.5",
  },
} as const;

/**
 * A horizontal grouped bar chart of shares, rendered on the server: HTML text for every label and
 * figure (crisp and legible at any width), and one small SVG per bar, drawn against a 0–100% track.
 * Colour is never the only cue: the second series is hatched, the order is the legend's order, and
 * each figure carries its series name for screen readers. A null value draws no bar and says
 * "not reported". A <details> under the chart holds the same figures as a table.
 */
export function GroupedBarChart({
  id,
  title,
  description,
  series,
  data,
  categoryLabel = "Category",
  density = "regular",
  className,
}: GroupedBarChartProps) {
  if (series.length === 0 || series.length > MAX_SERIES) {
    throw new Error(`GroupedBarChart "${id}" takes 1 or ${MAX_SERIES} series, got ${series.length}.`);
  }

  const styles = densities[density];
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;

  return (
    <figure
      id={id}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-slot="grouped-bar-chart"
      data-density={density}
      className={cn(
        "@container relative rounded-xl border bg-card p-4 text-card-foreground shadow-xs sm:p-6",
        className,
      )}
    >
      <figcaption className="grid gap-1">
        <p id={titleId} className={cn("text-card-foreground", styles.title)}>
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
        <ul className={cn("grid", styles.list)}>
          {data.map((datum, datumIndex) => (
            <li key={`${datumIndex}-${datum.label}`} className={styles.row}>
              <span className="chart-label">
                {datum.href ? (
                  <Link href={datum.href} className="link">
                    {datum.label}
                  </Link>
                ) : (
                  datum.label
                )}
              </span>
              <span className={cn("grid min-w-0", styles.bars)}>
                {series.map((item, index) => {
                  const value = datum.values[item.key];
                  return (
                    <span key={item.key} className="chart-pair">
                      {isReported(value) ? (
                        <>
                          <ShareBar
                            value={value}
                            title={`${datum.label}, ${item.label}: ${formatShare(value)}`}
                            hatched={index === 1}
                            className={styles.bar}
                          />
                          <span className="chart-value">
                            <span className="sr-only">{`${item.label}: `}</span>
                            {formatShare(value)}
                          </span>
                        </>
                      ) : (
                        <span className="col-span-2 text-sm text-muted-foreground italic">
                          <span className="sr-only">{`${item.label}: `}</span>
                          not reported
                        </span>
                      )}
                    </span>
                  );
                })}
              </span>
            </li>
          ))}
        </ul>
      )}

      {data.length > 0 && (
        <details className="mt-5 border-t pt-4">
          <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium text-card-foreground">
            Show the figures as a table
          </summary>
          <table className="mt-3 w-full max-w-2xl text-sm">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3 text-left align-bottom font-medium text-card-foreground">
                  {categoryLabel}
                </th>
                {series.map((item) => (
                  <th
                    key={item.key}
                    scope="col"
                    className="py-2 pl-3 text-right align-bottom font-medium text-card-foreground"
                  >
                    {item.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.map((datum, datumIndex) => (
                <tr key={`${datumIndex}-${datum.label}`} className="border-b last:border-b-0">
                  <th scope="row" className="chart-row-head">
                    {datum.label}
                  </th>
                  {series.map((item) => {
                    const value = datum.values[item.key];
                    return (
                      <td key={item.key} className="chart-cell">
                        {isReported(value) ? (
                          formatShare(value)
                        ) : (
                          <span className="whitespace-nowrap text-muted-foreground italic">not reported</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}

/** series[0]: solid --chart-1; series[1]: --chart-2 with a hatch, so the two differ without colour. */
function seriesPaint(index: number): string {
  return index === 0 ? "chart-paint-1" : "chart-paint-2";
}
