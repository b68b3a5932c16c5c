import { GRADE_HINTS, GRADE_LABELS, GRADES, type GradeName } from "@/lib/progress/grades";
import { cn } from "@/lib/utils/cn";

export type GradeButtonState = "selected" | "suggested" | "available" | "unavailable";

/**
 * How one grade button shows (issue 17). Only the chosen grade (or the one being recorded) is
 * selected; a grade the code check suggests is marked, never filled, so nothing looks chosen before
 * something is; until the answer is revealed (or a submission checked) every grade is unavailable.
 */
export function gradeButtonState(
  value: GradeName,
  {
    selected,
    suggested,
    closed,
  }: { selected: GradeName | null; suggested: GradeName | null; closed: boolean },
): GradeButtonState {
  if (value === selected) return "selected";
  if (closed) return "unavailable";
  return value === suggested ? "suggested" : "available";
}

// No opacity for the unavailable state: at half opacity the buttons nearly vanished on the dark
// card. A dashed border on the muted fill says "not now", and muted-foreground on muted keeps the
// text at AA contrast in both palettes (app/globals.css).
// The cursor is apart, since a grade being recorded shows the wait cursor on every button.
const STATE_CLASSES: Record<GradeButtonState, { button: string; cursor: string; hint: string }> = {
  selected: {
    button:
      "border-primary bg-primary text-primary-foreground shadow-xs ring-2 ring-primary ring-offset-2 ring-offset-card",
    cursor: "cursor-default",
    hint: "text-primary-foreground",
  },
  suggested: {
    button: "border-dashed border-primary bg-card text-foreground shadow-xs hover:bg-muted",
    cursor: "cursor-pointer",
    hint: "text-muted-foreground",
  },
  available: {
    button: "border-input bg-card text-foreground shadow-xs hover:bg-muted",
    cursor: "cursor-pointer",
    hint: "text-muted-foreground",
  },
  unavailable: {
    button: "border-dashed border-input bg-muted text-muted-foreground",
    cursor: "cursor-not-allowed",
    hint: "text-muted-foreground",
  },
};

export interface GradeButtonsProps {
  legend: string;
  /** The grade chosen for this attempt, or being recorded; null before one is. */
  selected: GradeName | null;
  /** The grade being recorded right now: its button says so. */
  pending: GradeName | null;
  /** The grade a checked submission proposes, while none is chosen. */
  suggested: GradeName | null;
  /** Grading has not opened: the answer is not revealed and no submission was checked. */
  closed: boolean;
  /** A grade is being recorded: every button waits, the others keeping their look. */
  busy: boolean;
  /** Show the 1–4 keys. */
  shortcuts: boolean;
  onGrade: (value: GradeName) => void;
}

/** The four self-grades as toggle buttons: the chosen one is pressed (aria-pressed) and filled. */
export function GradeButtons({
  legend,
  selected,
  pending,
  suggested,
  closed,
  busy,
  shortcuts,
  onGrade,
}: GradeButtonsProps) {
  return (
    <fieldset className="grid gap-2" disabled={closed || busy} aria-busy={busy || undefined}>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        {GRADES.map((value, index) => {
          const state = gradeButtonState(value, { selected, suggested, closed });
          const classes = STATE_CLASSES[state];
          return (
            <button
              key={value}
              type="button"
              data-state={state}
              aria-pressed={state === "selected"}
              aria-describedby={`grade-hint-${value}`}
              className={cn(
                "flex h-auto flex-col items-start gap-0.5 rounded-md border px-4 py-2 text-left text-sm font-medium whitespace-normal transition-colors select-none",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                classes.button,
                busy ? "cursor-wait" : classes.cursor,
              )}
              onClick={() => onGrade(value)}
            >
              <span>
                {shortcuts ? <kbd className="mr-1.5 text-xs opacity-80">{index + 1}</kbd> : null}
                {pending === value ? "Recording…" : GRADE_LABELS[value]}
                {state === "selected" && pending !== value ? <span aria-hidden="true"> ✓</span> : null}
                {state === "suggested" ? <span className="ml-1 text-xs">(suggested)</span> : null}
              </span>
              <span id={`grade-hint-${value}`} className={cn("text-xs font-normal", classes.hint)}>
                {GRADE_HINTS[value]}
              </span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
