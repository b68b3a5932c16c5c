"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

import type { GradeName } from "@/lib/progress/grades";

// What the code panel found, for the practice controls further down the page: the outcome of the
// latest submission and the grade it proposes, which the person records (or changes) there.

export interface CodeCheck {
  outcome: "PASSED" | "FAILED";
  /** Runs and failed submissions before this submission. */
  runsBefore: number;
  proposed: GradeName;
  /** One sentence: "Your query passed on the first submission." */
  summary: string;
  /** The code that was checked (a mock interview keeps it as the answer). */
  code: string;
}

interface CodeCheckState {
  check: CodeCheck | null;
  setCheck: (check: CodeCheck | null) => void;
}

const CodeCheckContext = createContext<CodeCheckState | null>(null);

/** Wraps a question's prompt, code panel and practice controls (server children are fine). */
export function CodeCheckProvider({ children }: { children: ReactNode }) {
  const [check, setCheck] = useState<CodeCheck | null>(null);
  const value = useMemo(() => ({ check, setCheck }), [check]);
  return <CodeCheckContext.Provider value={value}>{children}</CodeCheckContext.Provider>;
}

/** The code panel's latest check, or null (also on pages without a code panel). */
export function useCodeCheck(): CodeCheckState | null {
  return useContext(CodeCheckContext);
}
