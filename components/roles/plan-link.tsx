import { signInPath } from "@/lib/accounts/return-path";
import { ONLY_SIGNED_IN, ONLY_SIGNED_OUT } from "@/components/layout/signed-in-classes";
import { ButtonLink } from "@/components/ui/button";

// The comparison pages are prerendered: both links are in the HTML, and CSS shows one by the
// signed-in hint (signed-in-classes.ts), so a signed-in visitor goes straight to the plan and anyone
// else signs in first. Picked in React after hydration, the words changed under the reader.

/**
 * "See your plan" when signed in; "Sign in for a plan from your own practice" otherwise, a label
 * that wraps on a phone.
 */
export function PlanLink() {
  return (
    <>
      <ButtonLink href="/plan" size="wrap" className={ONLY_SIGNED_IN}>
        See your plan
      </ButtonLink>
      <ButtonLink href={signInPath("/plan")} size="wrap" className={ONLY_SIGNED_OUT}>
        Sign in for a plan from your own practice
      </ButtonLink>
    </>
  );
}
