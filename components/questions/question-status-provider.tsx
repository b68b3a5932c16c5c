"use client";

import { createContext, use, type ReactNode } from "react";

import type { QuestionStatusEntry } from "@/lib/questions/question-status";

import { useQuestionStatuses } from "./use-question-statuses";

const QuestionStatusContext = createContext<ReadonlyMap<string, QuestionStatusEntry>>(new Map());

/**
 * Loads the signed-in visitor's question statuses once for a whole list, for the
 * QuestionStatusBadges of its rows. The list itself stays a server component, rendered the same
 * for everyone.
 */
export function QuestionStatusProvider({ children }: { children: ReactNode }) {
  const statuses = useQuestionStatuses();
  return <QuestionStatusContext value={statuses}>{children}</QuestionStatusContext>;
}

/** The visitor's status for one question; null when they have not graded it (or are signed out). */
export function useQuestionStatus(slug: string): QuestionStatusEntry | null {
  return use(QuestionStatusContext).get(slug) ?? null;
}
