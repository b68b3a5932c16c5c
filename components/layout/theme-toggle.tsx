"use client";

import { useLayoutEffect, useState, useSyncExternalStore } from "react";

import { cn } from "@/lib/utils/cn";

// The same key, values and attribute as lib/theme/theme-init-script.ts, which applies the theme before
// first paint; this button only changes it.
type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "theme";
const CHANGE_EVENT = "themechange";
const LABELS: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

// Used when localStorage is unavailable (some private modes): the choice lasts for the page.
let memoryChoice: ThemeChoice = "system";

function readChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === "light" || stored === "dark" ? stored : stored === "system" ? "system" : memoryChoice;
  } catch {
    return memoryChoice;
  }
}

function writeChoice(choice: ThemeChoice): void {
  memoryChoice = choice;
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not persisted; memoryChoice keeps it for this page.
  }
}

function systemTheme(): "light" | "dark" {
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/**
 * Every click shows the other theme (issue 17: from "system" on a light system, a cycle through
 * "light" first changed nothing). Choosing the look the system has goes back to following it.
 */
export function nextChoice(current: ThemeChoice, system: "light" | "dark"): ThemeChoice {
  const shown = current === "system" ? system : current;
  const other = shown === "dark" ? "light" : "dark";
  return other === system ? "system" : other;
}

function applyChoice(choice: ThemeChoice): void {
  const resolved = choice === "system" ? systemTheme() : choice;
  const root = document.documentElement;
  if (root.dataset.theme === resolved) return;
  // Every colour at once, not through each control's transition (as lib/theme/theme-init-script.ts does).
  root.dataset.themeSwitching = "";
  root.dataset.theme = resolved;
  requestAnimationFrame(() => requestAnimationFrame(() => delete root.dataset.themeSwitching));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

// The server cannot know the choice, so the server render and hydration show a neutral button;
// the stored choice appears right after hydration, without a mismatch.
function getServerSnapshot(): ThemeChoice | null {
  return null;
}

export function ThemeToggle({ className }: { className?: string }) {
  const choice = useSyncExternalStore<ThemeChoice | null>(subscribe, readChoice, getServerSnapshot);
  const [announcement, setAnnouncement] = useState("");

  // In development, React's Strict Mode remount resets <html>'s attributes, dropping the
  // data-theme set by the theme script; put it back before paint. A no-op in production.
  useLayoutEffect(() => {
    applyChoice(readChoice());
  }, []);

  const current = choice ?? "system";
  const shownNext = (): "light" | "dark" => {
    const next = nextChoice(current, systemTheme());
    return next === "system" ? systemTheme() : next;
  };
  const label =
    choice === null ? "Theme" : `Theme: ${LABELS[current]}. Switch to ${LABELS[shownNext()].toLowerCase()}`;

  function handleClick() {
    const next = nextChoice(current, systemTheme());
    writeChoice(next);
    applyChoice(next);
    window.dispatchEvent(new Event(CHANGE_EVENT));
    setAnnouncement(
      next === "system" ? `Theme set to ${systemTheme()}, as your system's` : `Theme set to ${next}`,
    );
  }

  return (
    <>
      <button
        type="button"
        data-slot="theme-toggle"
        onClick={handleClick}
        aria-label={label}
        title={label}
        className={cn(
          "inline-flex size-9 cursor-pointer items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
          // Without JavaScript the button could do nothing (the theme script never ran): hide it.
          "[:root:not([data-theme])_&]:hidden",
          className,
        )}
      >
        <ThemeIcon choice={choice} />
      </button>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}

function ThemeIcon({ choice }: { choice: ThemeChoice | null }) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.75,
    strokeLinecap: "round",
    strokeLinejoin: "round",
    className: "size-5",
  } as const;

  if (choice === "light") {
    return (
      <svg {...common}>
        <circle cx="12" cy="12" r="4" />
        <path d="M12 2v2M12 20v2M4.93 4.93l1.41 1.41M17.66 17.66l1.41 1.41M2 12h2M20 12h2M6.34 17.66l-1.41 1.41M19.07 4.93l-1.41 1.41" />
      </svg>
    );
  }
  if (choice === "dark") {
    return (
      <svg {...common}>
        <path d="M20.985 12.486a9 9 0 1 1-9.473-9.472c.405-.022.617.46.402.803a6 6 0 0 0 8.268 8.268c.344-.215.825-.004.803.401" />
      </svg>
    );
  }
  if (choice === "system") {
    return (
      <svg {...common}>
        <rect x="2" y="3" width="20" height="14" rx="2" />
        <path d="M8 21h8M12 17v4" />
      </svg>
    );
  }
  // Neutral (before hydration): a half-filled circle.
  return (
    <svg {...common}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 3a9 9 0 0 1 0 18Z" fill="currentColor" />
    </svg>
  );
}
