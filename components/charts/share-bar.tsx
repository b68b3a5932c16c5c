import { cn } from "@/lib/utils/cn";

import { barLength } from "./format";

/**
 * One horizontal bar of a share in [0, 1], drawn against the full 0–100% track with card-coloured
 * ticks at the quarters (the chart-* utilities in app/globals.css). Decorative (the figure is always
 * printed beside it); `title` is the tooltip. `hatched` paints the second series.
 */
export function ShareBar({
  value,
  title,
  hatched = false,
  className,
}: {
  value: number;
  title: string;
  hatched?: boolean;
  className?: string;
}) {
  return (
    <span aria-hidden="true" title={title} className={cn("chart-track", className)}>
      <span
        className={hatched ? "chart-bar chart-paint-2" : "chart-bar chart-paint-1"}
        style={{ width: barLength(value) }}
      />
    </span>
  );
}
