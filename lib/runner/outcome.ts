import type { GradeName } from "@/lib/progress/grades";

// The grade a checked submission proposes (issue 13). The person may change it before it is saved;
// /methodology states this rule.

export interface SubmissionFacts {
  passed: boolean;
  /** Submissions that failed before this one. */
  failedBefore: number;
  /** Whether a hint or the model answer was opened before submitting. */
  helped: boolean;
}

export function proposedGrade({ passed, failedBefore, helped }: SubmissionFacts): GradeName {
  if (!passed) return "AGAIN";
  return failedBefore > 0 || helped ? "HARD" : "GOOD";
}
