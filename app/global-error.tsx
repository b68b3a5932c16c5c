"use client";

import { useEffect, useLayoutEffect } from "react";

import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html> and
// <body>, and leans on nothing but the stylesheet: no header, no fonts, no data.
type GlobalErrorProps = {
  error: unknown;
  retry: () => void;
};

export default function GlobalError({ error, retry }: GlobalErrorProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // This document is rendered in the browser, without the theme script's attribute; re-apply an
  // explicit stored choice (the stylesheet already follows the system when there is none).
  useLayoutEffect(() => {
    try {
      const stored = window.localStorage.getItem("theme");
      if (stored === "light" || stored === "dark") document.documentElement.dataset.theme = stored;
    } catch {
      // Storage unavailable: the system preference applies.
    }
  }, []);

  return (
    <html lang="en">
      <body>
        <title>Something went wrong</title>
        <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-4 px-4 py-16">
          <h1 className="text-title text-foreground">Something went wrong</h1>
          <p className="text-muted-foreground">
            The site could not load this page. Please try again; if it keeps happening, come back in a few
            minutes.
          </p>
          <div className="mt-4 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="inline-flex h-10 cursor-pointer items-center rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground hover:bg-primary/90"
            >
              Try again
            </button>
            {/* A full page load on purpose: the app's client router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a
              href="/"
              className="inline-flex h-10 items-center rounded-md border border-input bg-card px-4 text-sm font-medium text-foreground hover:bg-muted"
            >
              Go to the home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
