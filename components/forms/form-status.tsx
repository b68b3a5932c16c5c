import { cn } from "@/lib/utils/cn";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * The result of a form's last submit, announced politely to screen readers. Always rendered (an
 * empty live region must exist before its text changes for the change to be announced).
 */
export function FormStatus({ state, className }: { state: ActionState; className?: string }) {
  const message = state.status === "idle" ? "" : state.message;
  return (
    <p
      role="status"
      aria-live="polite"
      className={cn(
        "text-sm font-medium empty:hidden",
        state.status === "error" ? "text-destructive" : "text-success",
        className,
      )}
    >
      {message}
    </p>
  );
}
