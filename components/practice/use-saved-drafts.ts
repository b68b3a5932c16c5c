"use client";

import { useEffect, useEffectEvent, useRef } from "react";

import { browserTimeZone, progressApi } from "@/lib/progress/client-api";
import { saveDraftToAccount, type SavedDraft } from "@/lib/progress/drafts";

/** After sign-in: saves, once, what was entered on this question before it (lib/progress/drafts.ts). */
export function useSavedDrafts(
  questionSlug: string,
  signedIn: boolean,
  onSaved: (result: SavedDraft) => void,
): void {
  const done = useRef(false);
  const saved = useEffectEvent((result: SavedDraft) => onSaved(result));
  useEffect(() => {
    if (done.current || !signedIn) return;
    done.current = true;
    void saveDraftToAccount(questionSlug, progressApi, browserTimeZone()).then((result) => {
      if (result) saved(result);
    });
  }, [questionSlug, signedIn]);
}
