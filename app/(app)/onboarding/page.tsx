import type { Metadata } from "next";

import { skipOnboardingAction } from "@/lib/accounts/actions";
import { getProfile } from "@/lib/accounts/profile";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { getSelfRatings } from "@/lib/accounts/self-ratings";
import { accountGone, requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { getRoleDemand } from "@/lib/recommendations/demand-queries";
import { listRoleRefs } from "@/lib/roles/queries";
import { Button } from "@/components/ui/button";
import { OnboardingRolesForm } from "@/components/accounts/onboarding-roles-form";
import { SelfRatingsForm } from "@/components/accounts/self-ratings-form";
import { Link } from "@/components/ui/link";

import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Set up your plan", robots: { index: false } };

/** How many of the target role's most asked-for skills onboarding asks about. */
const RATED_SKILLS = 15;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OnboardingPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === "string" ? params.next : undefined, "");
  const step = params.step === "skills" ? "skills" : "roles";
  const user = await requireUser();
  const profile = await getProfile(db, user.id);
  if (!profile) accountGone();

  const skip = (
    <form action={skipOnboardingAction}>
      <input type="hidden" name="next" value={next} />
      <Button type="submit" variant="link">
        Skip for now
      </Button>
    </form>
  );

  if (step === "roles" || !profile.targetRoleSlug) {
    const roles = await listRoleRefs(db);
    return (
      <Frame step={1} title="Where are you, and where are you going?" skip={skip}>
        <OnboardingRolesForm
          roles={roles}
          currentRole={profile.currentRoleSlug}
          targetRole={profile.targetRoleSlug}
          next={next}
        />
      </Frame>
    );
  }

  const [demand, ratings, currentRole] = await Promise.all([
    getRoleDemand(db, profile.targetRoleSlug),
    getSelfRatings(db, user.id),
    profile.currentRoleSlug
      ? db.role.findUnique({
          where: { slug: profile.currentRoleSlug },
          select: { name: true, impliedSkills: true },
        })
      : null,
  ]);
  // A skill the current role is named after is taken as known (lib/recommendations/model.ts), so
  // a Data Scientist is not asked to rate "Data Science"; a rating given earlier still shows.
  const implied = new Set(currentRole?.impliedSkills ?? []);
  const assumed = (demand?.skills ?? []).filter(
    (skill) => implied.has(skill.skillSlug) && !ratings.has(skill.skillSlug),
  );
  const rated = (demand?.skills ?? []).filter((skill) => !assumed.includes(skill));
  const skills = rated.slice(0, RATED_SKILLS).map((skill) => ({
    slug: skill.skillSlug,
    name: skill.skillName,
    demand: skill.demand,
    rating: ratings.get(skill.skillSlug) ?? null,
  }));
  return (
    <Frame
      step={2}
      title={`How well do you know what ${demand?.role.name ?? "your target role"} asks for?`}
      skip={skip}
    >
      {skills.length > 0 && demand ? (
        <>
          <p className="mb-5 text-sm text-muted-foreground">
            The {skills.length} skills its postings ask for most, from {demand.snapshot.publisher}&apos;s{" "}
            <a className="link" href={demand.snapshot.url}>
              {demand.snapshot.title}
            </a>
            .{" "}
            {assumed.length > 0 && currentRole ? (
              <>
                {assumed.map((skill) => skill.skillName).join(", ")} is taken as known, as you work as a{" "}
                {currentRole.name}.{" "}
              </>
            ) : null}
            <Link className="link" href={`/onboarding${next ? `?next=${encodeURIComponent(next)}` : ""}`}>
              Change roles
            </Link>
          </p>
          <SelfRatingsForm skills={skills} roleName={demand.role.name} next={next} from="onboarding" />
        </>
      ) : (
        <p>No source reports skills for this role yet, so there is nothing to rate.</p>
      )}
    </Frame>
  );
}

function Frame({
  step,
  title,
  skip,
  children,
}: {
  step: 1 | 2;
  title: string;
  skip: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="container-page max-w-3xl py-10 sm:py-12">
      <p className="text-sm font-medium text-muted-foreground">Step {step} of 2</p>
      <h1 className="mt-1 text-title">{title}</h1>
      <div className="mt-8">{children}</div>
      <div className="mt-6 border-t pt-4 text-sm text-muted-foreground">
        You can change all of this later in your account. {skip}
      </div>
    </div>
  );
}
