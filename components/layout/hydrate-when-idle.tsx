import { Activity } from "react";

import type { ReactNode } from "react";

/**
 * Content whole in the server's HTML that can wait to become interactive (issue 18: blocking time).
 * React hydrates a page in one task that does not yield; an Activity boundary met on the way is left
 * as it is and hydrated afterwards at idle priority, in slices of a few milliseconds that let the
 * browser paint and respond in between, or at once if the visitor clicks or types inside it first
 * (React replays the event once it is hydrated).
 *
 * Activity rather than Suspense: the server writes an Activity's content in place, where a completed
 * Suspense boundary past the first 12.8 kB of the page is moved to the end of the document and put
 * back by a script after a frame, leaving the first paint without it.
 */
export function HydrateWhenIdle({ children }: { children: ReactNode }) {
  return <Activity mode="visible">{children}</Activity>;
}
