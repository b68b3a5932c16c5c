"use client";

import { ButtonLink } from "@/components/ui/button";
import { ErrorView, type ErrorBoundaryProps } from "@/components/layout/error-view";

export default function ErrorPage(props: ErrorBoundaryProps) {
  return (
    <ErrorView
      {...props}
      title="Something went wrong"
      elsewhere={
        <ButtonLink href="/" variant="outline">
          Go to the home page
        </ButtonLink>
      }
    >
      This page could not be shown. It is probably a temporary problem on our side; trying again often fixes
      it.
    </ErrorView>
  );
}
