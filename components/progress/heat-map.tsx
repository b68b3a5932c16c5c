import { formatCount } from "@/lib/format";
import { heatLevel, type AttemptHeatMapData, type HeatLevel } from "@/lib/progress/calendar";

import { dayTitle, formatDayKey, heatMapSummary, monthLabels } from "./format";

export interface AttemptHeatMapProps {
  /** Unique on the page: the figure's id, and the prefix of the ids inside it. */
  id: string;
  /** What attemptHeatMap() in lib/progress/calendar.ts returns. */
  data: AttemptHeatMapData;
  title: string;
  description: string;
}

// Geometry in viewBox units. The SVG scales to its container's width, so these fix proportions
// only: at 360 px (about 300 px of card) a unit is ~1.6 px, which keeps the 8-unit labels at 12 px
// or more and the squares at ~18 px, a comfortable pointer target for the tooltips.
const CELL = 11;
const STEP = 14;
const LEFT = 22; // room for "Mon", "Wed", "Fri"
const TOP = 12; // room for the month names
const RIGHT = 6; // the last month name may run past its column
const FONT = 8;
const WEEKDAY_LABELS = [
  { row: 0, label: "Mon" },
  { row: 2, label: "Wed" },
  { row: 4, label: "Fri" },
];
// Capped at twice the drawn size, so on a wide screen it does not grow into a poster.
const MAX_SCALE = 2;

/**
 * Fill per heat level. Empty days are the muted track; any attempt adds a full-strength --chart-1
 * outline, which reaches 3:1 against the card in both palettes (see app/globals.css), so a day with
 * practice stands out even where the palest fill would not. The fill's strength then shows how
 * many; exact counts are in each square's tooltip and in the table, never in colour alone.
 */
const levelClass: Record<HeatLevel, string> = {
  // In dark, the border colour sits too close to the card to draw the grid (issue 17): a stronger edge.
  0: "fill-muted stroke-border dark:stroke-muted-foreground/40",
  1: "fill-chart-1/25 stroke-chart-1",
  2: "fill-chart-1/50 stroke-chart-1",
  3: "fill-chart-1/75 stroke-chart-1",
  4: "fill-chart-1 stroke-chart-1",
};

/**
 * A GitHub-style calendar of attempts, rendered on the server: one column per week (Monday at the
 * top), one square per day, darker for busier days, with a tooltip per square. Days after today
 * are left blank. A sentence under the grid sums it up, and a <details> lists every day with
 * attempts as a table, the text equivalent of the grid.
 */
export function AttemptHeatMap({ id, data, title, description }: AttemptHeatMapProps) {
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const summaryId = `${id}-summary`;
  const summary = heatMapSummary(data);
  const activeDays = data.weeks.flatMap((week) => week.days).filter((day) => day.count > 0);

  const width = LEFT + data.weeks.length * STEP - (STEP - CELL) + RIGHT;
  const height = TOP + 7 * STEP - (STEP - CELL);

  return (
    <figure
      id={id}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-slot="attempt-heat-map"
      className="rounded-xl border bg-card p-4 text-card-foreground shadow-xs sm:p-6"
    >
      <figcaption className="grid gap-1">
        <p id={titleId} className="text-subheading text-card-foreground">
          {title}
        </p>
        <p id={descriptionId} className="text-sm text-pretty text-muted-foreground">
          {description}
        </p>
      </figcaption>

      <svg
        role="img"
        aria-labelledby={summaryId}
        viewBox={`0 0 ${width} ${height}`}
        className="mt-4 block h-auto w-full"
        style={{ maxWidth: `${(width * MAX_SCALE) / 16}rem` }}
      >
        {monthLabels(data.weeks).map(({ column, label }) => (
          <text
            key={column}
            x={LEFT + column * STEP}
            y={TOP - 4}
            fontSize={FONT}
            className="fill-muted-foreground"
          >
            {label}
          </text>
        ))}
        {WEEKDAY_LABELS.map(({ row, label }) => (
          <text
            key={label}
            x={LEFT - 4}
            y={TOP + row * STEP + CELL / 2}
            fontSize={FONT}
            textAnchor="end"
            dominantBaseline="central"
            className="fill-muted-foreground"
          >
            {label}
          </text>
        ))}
        {data.weeks.map((week, column) =>
          week.days.map((day, row) =>
            day.inFuture ? null : (
              <rect
                key={day.date}
                x={LEFT + column * STEP}
                y={TOP + row * STEP}
                width={CELL}
                height={CELL}
                rx={2}
                strokeWidth={1}
                className={levelClass[heatLevel(day.count, data.maxCount)]}
              >
                <title>{dayTitle(day.count, day.date)}</title>
              </rect>
            ),
          ),
        )}
      </svg>

      <div className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <p id={summaryId} className="text-sm text-card-foreground">
          {summary}
        </p>
        {/* The legend repeats the scale for sighted readers; the table below says it in words. */}
        <p aria-hidden="true" className="flex items-center gap-1 text-xs text-muted-foreground">
          <span className="mr-1">Less</span>
          {([0, 1, 2, 3, 4] as const).map((level) => (
            <svg key={level} viewBox="0 0 12 12" focusable="false" className="size-3 shrink-0">
              <rect
                x={0.5}
                y={0.5}
                width={11}
                height={11}
                rx={2}
                strokeWidth={1}
                className={levelClass[level]}
              />
            </svg>
          ))}
          <span className="ml-1">More</span>
        </p>
      </div>

      {activeDays.length > 0 && (
        <details className="mt-4 border-t pt-4">
          <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium text-card-foreground">
            Show the days as a table
          </summary>
          <table className="mt-3 w-full max-w-sm text-sm">
            <caption className="sr-only">
              {title}: {summary}
            </caption>
            <thead>
              <tr className="border-b">
                <th scope="col" className="py-2 pr-3 text-left font-medium text-card-foreground">
                  Day
                </th>
                <th scope="col" className="py-2 pl-3 text-right font-medium text-card-foreground">
                  Attempts
                </th>
              </tr>
            </thead>
            <tbody>
              {activeDays.map((day) => (
                <tr key={day.date} className="border-b last:border-b-0">
                  <th scope="row" className="py-2 pr-3 text-left font-normal text-card-foreground">
                    <time dateTime={day.date}>{formatDayKey(day.date)}</time>
                  </th>
                  <td className="py-2 pl-3 text-right text-card-foreground tabular-nums">
                    {formatCount(day.count)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
