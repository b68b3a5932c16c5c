"use client";

import { useEffect, useRef } from "react";

/** Whether a hint or the model answer has been opened on this page (a pass then proposes Hard). */
export function useHelpSeen(answerId: string): () => boolean {
  const seen = useRef(false);
  useEffect(() => {
    const opened = (event: Event) => {
      const target = event.target;
      if (
        target instanceof HTMLDetailsElement &&
        target.open &&
        (target.id === answerId || "hint" in target.dataset)
      ) {
        seen.current = true;
      }
    };
    // toggle does not bubble: listen in the capture phase.
    document.addEventListener("toggle", opened, true);
    return () => document.removeEventListener("toggle", opened, true);
  }, [answerId]);
  return () => seen.current;
}
