import { cn } from "@/lib/utils/cn";

import { barLength } from "./format";

import type { SVGProps } from "react";

/**
 * One horizontal bar of a share in [0, 1], drawn against the full 0–100% track with card-coloured
 * ticks at the quarters. Decorative (the figure is always printed beside it); `title` is the
 * tooltip. `paint` colours the bar (a fill class, or a pattern for a second series).
 */
export function ShareBar({
  value,
  title,
  paint = { className: "fill-chart-1" },
  className,
}: {
  value: number;
  title: string;
  paint?: Pick<SVGProps<SVGRectElement>, "className" | "fill">;
  className?: string;
}) {
  return (
    <svg aria-hidden="true" focusable="false" className={cn("block w-full overflow-visible", className)}>
      <title>{title}</title>
      <rect width="100%" height="100%" rx="3" className="fill-muted" />
      {["25%", "50%", "75%"].map((x) => (
        <line key={x} x1={x} x2={x} y1="0" y2="100%" strokeWidth="2" className="stroke-card" />
      ))}
      <rect width={barLength(value)} height="100%" rx="3" {...paint} />
    </svg>
  );
}
