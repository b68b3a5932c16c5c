"use client";

import { useLayoutEffect, useState } from "react";

import { cn } from "@/lib/utils/cn";

// The same key, values and attributes as lib/theme/theme-init-script.ts, which applies the theme
// before first paint and sets <html data-theme-choice>; this button only changes them. Its icon and
// its accessible name follow those attributes in CSS, so they are right from the first frame and
// React has nothing to change after hydration (a store read on the client but not on the server made
// React render again right after hydrating every page, and drew a neutral icon until then; issue 18).
type ThemeChoice = "system" | "light" | "dark";

const STORAGE_KEY = "theme";

function isChoice(value: unknown): value is ThemeChoice {
  return value === "system" || value === "light" || value === "dark";
}

function storedChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isChoice(stored) ? stored : "system";
  } catch {
    return "system";
  }
}

/** The choice on <html>: also where it lives for the page when localStorage is unavailable. */
function shownChoice(): ThemeChoice {
  const attribute = document.documentElement.dataset.themeChoice;
  return isChoice(attribute) ? attribute : storedChoice();
}

function storeChoice(choice: ThemeChoice): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Not persisted (some private modes): <html data-theme-choice> keeps it for this page.
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
  root.dataset.themeChoice = choice;
  if (root.dataset.theme === resolved) return;
  // Every colour at once, not through each control's transition (as lib/theme/theme-init-script.ts does).
  root.dataset.themeSwitching = "";
  root.dataset.theme = resolved;
  requestAnimationFrame(() => requestAnimationFrame(() => delete root.dataset.themeSwitching));
}

// Shown only while <html> has the attribute value its variant names (set before the first frame).
const whenChoice: Record<ThemeChoice, string> = {
  system: "hidden [:root[data-theme-choice=system]_&]:inline",
  light: "hidden [:root[data-theme-choice=light]_&]:inline",
  dark: "hidden [:root[data-theme-choice=dark]_&]:inline",
};
const whenShown: Record<"light" | "dark", string> = {
  light: "hidden [:root[data-theme=light]_&]:inline",
  dark: "hidden [:root[data-theme=dark]_&]:inline",
};

export function ThemeToggle({ className }: { className?: string }) {
  const [announcement, setAnnouncement] = useState("");

  // In development, React's Strict Mode remount resets <html>'s attributes, dropping those the
  // theme script set; put them back before paint. A no-op in production, where the attribute holds
  // the choice (also one made on this page when localStorage is unavailable).
  useLayoutEffect(() => {
    applyChoice(shownChoice());
  }, []);

  function handleClick() {
    const next = nextChoice(shownChoice(), systemTheme());
    storeChoice(next);
    applyChoice(next);
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
        title="Switch between light and dark"
        className={cn(
          "inline-flex size-9 cursor-pointer items-center justify-center rounded-md text-muted-foreground transition-colors hover:bg-muted hover:text-foreground",
          "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
          // Without JavaScript the button could do nothing (the theme script never ran): hide it, but
          // keep its place. On a busy machine a frame rarely comes before the theme script has run
          // (blocking="render" notwithstanding); with display: none the button then appeared after
          // it and pushed the Sign in link aside (a layout shift caught by e2e/compare.spec.ts).
          "[:root:not([data-theme])_&]:invisible",
          className,
        )}
      >
        {/* Every click shows the other look, so "switch to" names the theme not shown. */}
        <span className="sr-only">
          Theme: <span className={whenChoice.system}>System.</span>
          <span className={whenChoice.light}>Light.</span>
          <span className={whenChoice.dark}>Dark.</span> Switch to{" "}
          <span className={whenShown.dark}>light</span>
          <span className={whenShown.light}>dark</span>
        </span>
        <ThemeIcon choice="system" className={whenChoice.system} />
        <ThemeIcon choice="light" className={whenChoice.light} />
        <ThemeIcon choice="dark" className={whenChoice.dark} />
      </button>
      <span role="status" className="sr-only">
        {announcement}
      </span>
    </>
  );
}

function ThemeIcon({ choice, className }: { choice: ThemeChoice; className: string }) {
  const common = {
    "aria-hidden": true,
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.75,
    strokeLinecap: "round",
    strokeLinejoin: "round",
    className: cn("size-5", className),
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
  return (
    <svg {...common}>
      <rect x="2" y="3" width="20" height="14" rx="2" />
      <path d="M8 21h8M12 17v4" />
    </svg>
  );
}
