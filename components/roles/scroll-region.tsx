"use client";

import { useEffect, useRef, useState } from "react";

import { cn } from "@/lib/utils/cn";

import type { CSSProperties, ReactNode } from "react";

/**
 * Scroll shadows that need no JavaScript: the card-coloured covers scroll with the content
 * ("local") and hide the shadows ("scroll") at whichever edge has nothing more to show, so a shadow
 * only marks an edge where the table is cut off. Raw tokens (var(--card)), which switch with the
 * theme; inline styles are allowed by the CSP (lib/security/csp.ts).
 */
const SHADOW = "color-mix(in oklch, var(--foreground) 22%, transparent)";
const SCROLL_SHADOWS: CSSProperties = {
  background: [
    "linear-gradient(to right, var(--card) 30%, transparent) left center / 2.5rem 100% no-repeat local",
    "linear-gradient(to left, var(--card) 30%, transparent) right center / 2.5rem 100% no-repeat local",
    `radial-gradient(farthest-side at 0 50%, ${SHADOW}, transparent) left center / 0.875rem 100% no-repeat scroll`,
    `radial-gradient(farthest-side at 100% 50%, ${SHADOW}, transparent) right center / 0.875rem 100% no-repeat scroll var(--card)`,
  ].join(", "),
};

type Overflow = "unknown" | "overflowing" | "fits";

/**
 * A wide table's own horizontal scroll box (issue 17): the page never scrolls sideways at 360 px,
 * the table does, and says so. A shadow at a cut edge, a "Scroll sideways for more" line while the
 * table is wider than its box, and a focusable region named "…, scrolls sideways" so keyboard users
 * can scroll it with the arrow keys. Once measured, a table that fits drops all three: no region,
 * no tab stop, no line. Before hydration (or without JavaScript) the box stays a focusable region,
 * and the line shows on narrow screens for a table marked `wide`.
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
    <div className={cn("mt-4 min-w-0", className)}>
      <p
        aria-hidden="true"
        className={cn(
          "mb-1.5 flex items-center justify-end gap-1 text-xs text-muted-foreground",
          overflow === "unknown" && (wide ? "sm:hidden" : "hidden"),
          overflow === "fits" && "hidden",
        )}
      >
        Scroll sideways for more
        <svg
          viewBox="0 0 16 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.75"
          strokeLinecap="round"
          strokeLinejoin="round"
          className="size-3.5"
        >
          <path d="M3 8h10m-4-4 4 4-4 4" />
        </svg>
      </p>
      <div
        ref={ref}
        {...(overflow === "fits"
          ? {}
          : { role: "region", "aria-label": `${label}, scrolls sideways`, tabIndex: 0 })}
        data-overflow={overflow}
        style={SCROLL_SHADOWS}
        className="overflow-x-auto rounded-lg border"
      >
        {children}
      </div>
    </div>
  );
}
