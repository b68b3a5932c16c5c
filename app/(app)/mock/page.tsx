import type { Metadata } from "next";

import { getProfile } from "@/lib/accounts/profile";
import { accountGone, requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { defaultFormatFor } from "@/lib/mock/formats";
import { listMocks } from "@/lib/mock/queries";
import { listRoleRefs } from "@/lib/roles/queries";
import { ScoreHistory } from "@/components/mock/score-history";
import { MockSetupForm } from "@/components/mock/setup-form";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Mock interview", robots: { index: false } };

export default async function MockSetupPage() {
  const user = await requireUser();
  const [profile, mocks, roles] = await Promise.all([
    getProfile(db, user.id),
    listMocks(db, user.id),
    listRoleRefs(db),
  ]);
  if (!profile) accountGone();
  const targetName = roles.find((role) => role.slug === profile.targetRoleSlug)?.name ?? null;
  const inProgress = mocks.find((mock) => mock.status === "active");
  return (
    <div className="container-page max-w-3xl py-10 sm:py-12">
      <h1 className="text-title">Mock interview</h1>
      <p className="mt-3 text-lead text-muted-foreground">
        A timed run of questions shaped like a real loop, chosen from your largest gaps
        {targetName ? ` for ${targetName}` : ""}. No model answers until the end; then you score each answer
        against its rubric, and every answer counts as practice.
      </p>
      {inProgress ? (
        <p role="status" className="mt-6 rounded-md border border-primary p-4 text-sm">
          You have a mock in progress:{" "}
          <Link className="link font-medium" href={`/mock/${inProgress.id}`}>
            resume {inProgress.formatName}
          </Link>
          .
        </p>
      ) : null}
      {!profile.targetRoleSlug ? (
        <p className="mt-6 rounded-md border p-4 text-sm">
          <Link className="link" href="/account">
            Choose a target role
          </Link>{" "}
          and the questions will come from your largest gaps for it; without one, they come from the whole
          bank.
        </p>
      ) : null}
      <section aria-label="Start a mock interview" className="mt-8 rounded-xl border bg-card p-5 sm:p-6">
        <MockSetupForm defaultFormat={defaultFormatFor(profile.targetRoleSlug)} targetRoleName={targetName} />
      </section>
      <section aria-labelledby="past" className="mt-10">
        <h2 id="past" className="text-heading">
          Past mocks
        </h2>
        <div className="mt-4">
          <ScoreHistory mocks={mocks} />
        </div>
      </section>
    </div>
  );
}
