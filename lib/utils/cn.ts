import { clsx } from "clsx";
import { extendTailwindMerge } from "tailwind-merge";

import type { ClassValue } from "clsx";

// tailwind-merge must know the named text sizes from app/globals.css; otherwise it reads
// `text-title` as a colour and drops a `text-foreground` next to it (or the reverse).
const twMerge = extendTailwindMerge({
  extend: {
    theme: {
      text: ["display", "title", "heading", "subheading", "lead"],
    },
  },
});

/** Joins class names and lets a later Tailwind class override an earlier conflicting one. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
