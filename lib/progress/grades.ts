// The four self-grades, once for the whole app: scheduling, validation, import, the practice panel
// and /methodology all read them from here. Browser-safe (no imports).

export const GRADES = ["AGAIN", "HARD", "GOOD", "EASY"] as const;
export type GradeName = (typeof GRADES)[number];

export const GRADE_LABELS: Record<GradeName, string> = {
  AGAIN: "Again",
  HARD: "Hard",
  GOOD: "Good",
  EASY: "Easy",
};

export const GRADE_HINTS: Record<GradeName, string> = {
  AGAIN: "missed it",
  HARD: "got there, with effort",
  GOOD: "got it",
  EASY: "got it at once",
};
