"use client";

import { useEffect, useRef, useState } from "react";

import { cn } from "@/lib/utils/cn";

import type { ReactNode } from "react";

type Overflow = "unknown" | "overflowing" | "fits";

/**
 * A wide table's own horizontal scroll box (issue 17): the page never scrolls sideways at 360 px,
 * the table does, and says so. A shadow at a cut edge (the `scroll-shadows` utility in
 * app/globals.css: no JavaScript, and no inline style repeated in every box, issue 18), a "Scroll
 * sideways for more" line while the table is wider than its box, and a focusable region named
 * "…, scrolls sideways" so keyboard users can scroll it with the arrow keys. Once measured, a table
 * that fits drops all three: no region, no tab stop, no line (on a phone, and at every width for a
 * table marked `wide`, the line's space stays, empty). Before hydration (or without JavaScript) the
 * box stays a focusable region, and the line shows on narrow screens for a table marked `wide`.
 */
export function ScrollRegion({
  label,
  wide = false,
  children,
  className,
}: {
  /** What the table holds, e.g. its caption; ", scrolls sideways" is added. Unique on the page. */
  label: string;
  /** The table keeps its content width (min-w-max), so it overflows a phone's screen. */
  wide?: boolean;
  children: ReactNode;
  /** Classes for the outer box, in place of its default top margin (mt-4). */
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflow, setOverflow] = useState<Overflow>("unknown");

  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    // Called once on observing and again whenever the box or the table changes size.
    const observer = new ResizeObserver(() => {
      setOverflow(box.scrollWidth > box.clientWidth + 1 ? "overflowing" : "fits");
    });
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, []);

  return (
    <div className={cn("min-w-0", className ?? "mt-4")}>
      {/* The arrow after the words is drawn by the scroll-hint utility (app/globals.css). */}
      <p
        aria-hidden="true"
        className={cn(
          "scroll-hint",
          // The line's space is kept whatever the measurement says, so the table does not move when
          // the line comes or goes after hydration: for a wide table at every width (the line came
          // in above a role's table on a wide screen), for any table on a phone, where a table of
          // figures overflows or not by a few pixels (several on a role page and a comparison came
          // in late: 0.003 to 0.03 of layout shift on a page opened at them).
          wide
            ? { overflowing: "flex", unknown: "flex sm:invisible", fits: "invisible flex" }[overflow]
            : {
                overflowing: "flex",
                unknown: "flex max-sm:invisible sm:hidden",
                fits: "flex max-sm:invisible sm:hidden",
              }[overflow],
        )}
      >
        Scroll sideways for more
      </p>
      <div
        ref={ref}
        {...(overflow === "fits"
          ? {}
          : { role: "region", "aria-label": `${label}, scrolls sideways`, tabIndex: 0 })}
        data-overflow={overflow}
        className="overflow-x-auto rounded-lg border scroll-shadows"
      >
        {children}
      </div>
    </div>
  );
}
