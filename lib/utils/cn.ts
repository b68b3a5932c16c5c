import { clsx } from "clsx";

import type { ClassValue } from "clsx";

/**
 * Joins class names, dropping false, null and undefined. It does not merge Tailwind classes: a
 * component's classes and the className its caller adds must never set the same thing (two widths,
 * two paddings), since which one wins would depend on the stylesheet's order, not on the call. A
 * caller that needs another look asks for it through a prop (a Button's `size`, an Input's
 * `width`). Merging took tailwind-merge into every page's JavaScript: about 30 ms on this machine
 * to load it and build its class map on first use, four times that on Lighthouse's phone (issue 18).
 * The unit tests check every call for conflicts (test/support/no-class-conflicts.ts).
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
