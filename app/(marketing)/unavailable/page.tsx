import type { Metadata } from "next";

import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "Temporarily unavailable",
  robots: { index: false },
};

// proxy.ts renders this page, with a 503 and Retry-After, for a request that needs the database
// while the database is not answering. Prerendered: it must not need the database itself.
export default function UnavailablePage() {
  return (
    <div className="container-page py-16 sm:py-24">
      <div className="max-w-xl">
        <p className="text-sm font-semibold text-primary">503</p>
        <h1 className="mt-2 text-title text-foreground">This page is unavailable for a moment</h1>
        <p className="mt-4 text-lead text-muted-foreground">
          Our database is not answering, so we cannot show your practice or save anything right now. Nothing
          you saved before is lost. Please try again in a minute.
        </p>
        <p className="mt-3 text-muted-foreground">
          The role comparisons and the questions themselves still work while we fix this.
        </p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <ButtonLink href="/roles">Browse roles</ButtonLink>
          <ButtonLink href="/" variant="outline">
            Go to the home page
          </ButtonLink>
        </div>
      </div>
    </div>
  );
}
