"use client";

import { useEffect } from "react";

import { Button, ButtonLink } from "@/components/ui/button";

// Next 16 error boundary props: `retry` (stable since 16.3) re-fetches and re-renders the
// segment; `reset` only re-renders, so `retry` is the one that can recover from a failed read.
type ErrorPageProps = {
  error: unknown;
  retry: () => void;
};

export default function ErrorPage({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  // Server errors reach the client without their message (by design) but with a digest that
  // matches the server log; show it so a bug report can name it.
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="container-page py-16 sm:py-24">
      <div className="max-w-xl">
        <h1 className="text-title text-foreground">Something went wrong</h1>
        <p className="mt-4 text-lead text-muted-foreground">
          This page could not be shown. It is probably a temporary problem on our side; trying again often
          fixes it.
        </p>
        {digest ? (
          <p className="mt-3 text-sm text-muted-foreground">
            Error reference: <code className="font-mono text-foreground">{digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/" variant="outline">
            Go to the home page
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
