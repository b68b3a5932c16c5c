"use client";

import { signInPath } from "@/lib/accounts/return-path";
import { useSignedInHint } from "@/components/layout/use-signed-in-hint";
import { ButtonLink } from "@/components/ui/button";

// The comparison pages are prerendered: like the header, the link is picked from the signed-in hint
// (issue 17), so a signed-in visitor goes straight to the plan and anyone else signs in first.

/**
 * "See your plan" when signed in; "Sign in for a plan from your own practice" otherwise, a label
 * that wraps on a phone.
 */
export function PlanLink() {
  const signedIn = useSignedInHint();
  return signedIn ? (
    <ButtonLink href="/plan" size="wrap">
      See your plan
    </ButtonLink>
  ) : (
    <ButtonLink href={signInPath("/plan")} size="wrap">
      Sign in for a plan from your own practice
    </ButtonLink>
  );
}
