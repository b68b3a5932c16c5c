"use client";

import { useEffect, type ReactNode } from "react";

import { Button } from "@/components/ui/button";

/** The props Next.js 16 gives an error boundary: `retry` re-fetches and re-renders the segment. */
export interface ErrorBoundaryProps {
  error: unknown;
  retry: () => void;
}

/**
 * What an error boundary shows: a heading, what happened in words, the error's reference (server
 * errors reach the browser without their message, by design, but with a digest that matches the
 * server log, so a bug report can name it), "Try again" and a way elsewhere.
 */
export function ErrorView({
  error,
  retry,
  title,
  children,
  elsewhere,
}: ErrorBoundaryProps & { title: string; children: ReactNode; elsewhere: ReactNode }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="container-page py-16 sm:py-24">
      <div className="max-w-xl">
        <h1 className="text-title text-foreground">{title}</h1>
        <p className="mt-4 text-lead text-muted-foreground">{children}</p>
        {digest ? (
          <p className="mt-3 text-sm text-muted-foreground">
            Error reference: <code className="font-mono text-foreground">{digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <Button onClick={() => retry()}>Try again</Button>
          {elsewhere}
        </div>
      </div>
    </div>
  );
}
