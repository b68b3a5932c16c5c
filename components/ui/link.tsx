"use client";

import NextLink from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * The site's link: next/link that fetches its page once the reader shows intent (pointer over it,
 * focus on it, a touch) instead of as soon as it scrolls into view. Pages here carry dozens of
 * links (skills, questions, the header's), and prefetching them all on load parsed a few hundred
 * kilobytes of other pages' RSC payloads on the main thread: on a question page, most of its
 * Lighthouse blocking time (issue 18). The pattern is Next.js's own "hover-triggered prefetch".
 * `prefetch={false}` still turns prefetching off altogether.
 */
export function Link({
  prefetch,
  onMouseEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof NextLink>) {
  const [intent, setIntent] = useState(false);
  return (
    <NextLink
      {...props}
      prefetch={prefetch === false ? false : intent ? (prefetch ?? null) : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
