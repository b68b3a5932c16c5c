"use client";

import { Fragment } from "react";
import { usePathname } from "next/navigation";

import type { ReactNode } from "react";

/**
 * Its content is made anew for each page rather than kept from the page before. For the footer: the
 * layout kept it across client-side navigations, so when the page above it was swapped it moved,
 * and the browser counted a layout shift of the whole footer (0.24 to 0.46 going back or forward
 * between a role page and a comparison, at 1350 and 360 px; e2e/compare.spec.ts). A back or forward
 * is no input on the page, so the shift counts toward CLS. An element new in a frame does not.
 */
export function NewOnEachPage({ children }: { children: ReactNode }) {
  return <Fragment key={usePathname()}>{children}</Fragment>;
}
