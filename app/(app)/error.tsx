"use client";

import { useEffect } from "react";

import { Button, ButtonLink } from "@/components/ui/button";

// A signed-in page that failed to render. Nothing the person saved is lost; most failures here are
// a database that went away for a moment (proxy.ts then answers the next requests with a 503 page).
type ErrorPageProps = { error: unknown; retry: () => void };

export default function SignedInError({ error, retry }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <div className="container-page py-16 sm:py-24">
      <div className="max-w-xl">
        <h1 className="text-title text-foreground">This page could not be shown</h1>
        <p className="mt-4 text-lead text-muted-foreground">
          Your practice and notes are safe: nothing you saved is lost. This is usually a short problem on our
          side; trying again in a moment often fixes it.
        </p>
        {digest ? (
          <p className="mt-3 text-sm text-muted-foreground">
            Error reference: <code className="font-mono text-foreground">{digest}</code>
          </p>
        ) : null}
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <Button onClick={() => retry()}>Try again</Button>
          <ButtonLink href="/questions" variant="outline">
            Browse questions
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
