import type { Metadata } from "next";
import Link from "next/link";

import { signOutAction, signOutEverywhereAction } from "@/lib/accounts/actions";
import { getProfile } from "@/lib/accounts/profile";
import { accountGone, requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listRoleRefs } from "@/lib/roles/queries";
import { Button, buttonVariants } from "@/components/ui/button";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";
import { ImportForm } from "@/components/accounts/import-form";
import { PasswordForm } from "@/components/accounts/password-form";
import { ProfileForm } from "@/components/accounts/profile-form";

import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser();
  const { changed } = await searchParams;
  const [profile, roles] = await Promise.all([getProfile(db, user.id), listRoleRefs(db)]);
  if (!profile) accountGone();

  return (
    <div className="container-page max-w-3xl py-10 sm:py-12">
      <h1 className="text-title">Account</h1>
      <p className="mt-3 text-lead text-muted-foreground">
        Signed in as <span className="font-medium text-foreground">{profile.email}</span>
        {profile.name ? <> ({profile.name})</> : null} since {formatDate(profile.createdAt)}.
      </p>

      <Section
        id="profile"
        title="Profile"
        description="Your roles decide what your plan and practice focus on."
      >
        <ProfileForm
          roles={roles}
          name={profile.name}
          currentRole={profile.currentRoleSlug}
          targetRole={profile.targetRoleSlug}
        />
        <p className="mt-5 border-t pt-4 text-sm text-muted-foreground">
          Your self-ratings stand in for skills you have not practised yet.{" "}
          <Link className="link" href="/onboarding?step=skills">
            Update your self-ratings
          </Link>
        </p>
      </Section>

      <Section id="password" title="Password">
        {changed === "password" ? (
          <p
            role="status"
            className="mb-5 rounded-md border border-success p-3 text-sm font-medium text-success"
          >
            Password changed. Every other session has been signed out.
          </p>
        ) : null}
        {profile.hasPassword ? (
          <PasswordForm />
        ) : (
          <p className="text-sm text-muted-foreground">
            You sign in with {profile.providers.join(" or ")}; this account has no password to change.
          </p>
        )}
      </Section>

      <Section
        id="data"
        title="Your data"
        description="Everything you have entered (profile, self-ratings, attempts, review schedules, bookmarks and notes) as one JSON file."
      >
        <a className={buttonVariants({ variant: "outline" })} href="/api/account/export" download>
          Export my data
        </a>
        <div className="mt-6 border-t pt-5">
          <ImportForm />
        </div>
      </Section>

      <Section id="sessions" title="Sessions">
        <div className="flex flex-wrap gap-3">
          <form action={signOutAction}>
            <Button type="submit" variant="outline">
              Sign out
            </Button>
          </form>
          <form action={signOutEverywhereAction}>
            <Button type="submit" variant="outline">
              Sign out everywhere
            </Button>
          </form>
        </div>
        <p className="mt-3 text-sm text-muted-foreground">
          &ldquo;Everywhere&rdquo; ends every session of this account, on this device and all others.
        </p>
      </Section>

      <Section
        id="delete"
        title="Delete account"
        description="This removes your account and every row of your data at once. It cannot be undone; export first if you want a copy."
      >
        <DeleteAccountForm email={profile.email ?? ""} />
      </Section>
    </div>
  );
}

function Section({
  id,
  title,
  description,
  children,
}: {
  id: string;
  title: string;
  description?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 rounded-xl border bg-card p-5 sm:p-6">
      <h2 id={`${id}-heading`} className="text-heading">
        {title}
      </h2>
      {description ? <p className="mt-2 text-sm text-muted-foreground">{description}</p> : null}
      <div className="mt-5">{children}</div>
    </section>
  );
}
