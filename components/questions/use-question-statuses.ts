"use client";

import { useEffect, useState } from "react";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";
import { readQuestionStatuses, type QuestionStatusEntry } from "@/lib/questions/question-status";

const NONE: ReadonlyMap<string, QuestionStatusEntry> = new Map();

/**
 * The signed-in visitor's status per question slug, fetched once the page is in the browser; empty
 * for visitors, while loading, and when the request fails (the list is whole without the marks).
 * Only asked for when the signed-in hint cookie is set (lib/accounts/signed-in-hint.ts), so a
 * visitor's page makes no request; the route checks the real session and answers 401 otherwise.
 */
export function useQuestionStatuses(): ReadonlyMap<string, QuestionStatusEntry> {
  const [statuses, setStatuses] = useState(NONE);
  useEffect(() => {
    if (!hasSignedInHint(document.cookie)) return;
    const controller = new AbortController();
    fetch("/api/questions/progress", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<unknown>) : null))
      .then((body) => {
        if (body !== null) setStatuses(readQuestionStatuses(body));
      })
      // Offline, aborted or not JSON: the list stays without marks.
      .catch(() => undefined);
    return () => controller.abort();
  }, []);
  return statuses;
}
