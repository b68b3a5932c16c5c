"use client";

import { useEffect, useEffectEvent } from "react";

// Single-key shortcuts for a practice session (R reveal, 1–4 grade, N next, T timer). One listener
// for the page's life: the handlers are read through an effect event, so the listener is not
// re-bound on every render (the timer re-renders each second). Keys typed in a field or an editor belong to it, and
// Space and Enter on a focused button or link press that control (Space on a focused grade button
// grades; it does not reveal the answer).

export type ShortcutHandlers = Partial<Record<string, (event: KeyboardEvent) => void>>;

const TYPING =
  "input, textarea, select, [contenteditable=''], [contenteditable='true'], [role='textbox'], .cm-editor";
const PRESSABLE =
  "button, a[href], summary, [role='button'], [role='checkbox'], [role='tab'], [role='menuitem']";

/** Whether a key press belongs to the focused element rather than to the page's shortcuts. */
export function belongsToFocusedElement(event: Pick<KeyboardEvent, "key" | "target">): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target.closest(TYPING)) return true;
  return (event.key === " " || event.key === "Enter") && target.closest(PRESSABLE) !== null;
}

export function useShortcuts(enabled: boolean, handlers: ShortcutHandlers): void {
  // Reads the latest handlers without the listener depending on them.
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.metaKey || event.ctrlKey || event.altKey || event.defaultPrevented) return;
    if (belongsToFocusedElement(event)) return;
    const handler = handlers[event.key.toLowerCase()];
    if (!handler) return;
    event.preventDefault();
    handler(event);
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, [enabled]);
}
