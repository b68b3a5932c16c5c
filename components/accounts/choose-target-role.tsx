import type { RoleRef } from "@/lib/roles/types";

import { OnboardingRolesForm } from "./onboarding-roles-form";

/**
 * For a person who skipped onboarding and lands on a page that needs a target role (/plan,
 * /practice): the role picker right there, instead of a dead end (issue 17). Choosing goes on to the
 * optional self-ratings and then back to this page.
 */
export function ChooseTargetRole({
  roles,
  currentRole,
  suggested = null,
  next,
  why,
}: {
  roles: RoleRef[];
  currentRole: string | null;
  /** A role to preselect: the one whose "Practise for this role" link led here. */
  suggested?: string | null;
  next: string;
  why: string;
}) {
  return (
    <section aria-labelledby="choose-target" className="mt-6 rounded-xl border bg-card p-5 sm:p-6">
      <h2 id="choose-target" className="text-heading">
        Choose the role you are preparing for
      </h2>
      <p className="mt-2 text-sm text-muted-foreground">{why}</p>
      <div className="mt-5">
        <OnboardingRolesForm roles={roles} currentRole={currentRole} targetRole={suggested} next={next} />
      </div>
    </section>
  );
}
