"use client";

import { ButtonLink } from "@/components/ui/button";
import { ErrorView, type ErrorBoundaryProps } from "@/components/layout/error-view";

// A signed-in page that failed to render. Most failures here are a database that went away for a
// moment; proxy.ts then answers the next requests with a 503 page until it is back.
export default function SignedInError(props: ErrorBoundaryProps) {
  return (
    <ErrorView
      {...props}
      title="This page could not be shown"
      elsewhere={
        <ButtonLink href="/questions" variant="outline">
          Browse questions
        </ButtonLink>
      }
    >
      Your practice and notes are safe: nothing you saved is lost. This is usually a short problem on our
      side; trying again in a moment often fixes it.
    </ErrorView>
  );
}
