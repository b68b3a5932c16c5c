import type { Metadata } from "next";
import type { ReactNode } from "react";

import { signOutAction, signOutEverywhereAction } from "@/lib/accounts/actions";
import { listPasskeys } from "@/lib/accounts/passkeys";
import { getProfile } from "@/lib/accounts/profile";
import { beginTotpSetupAction } from "@/lib/accounts/second-factor-actions";
import { listSecurityEvents } from "@/lib/accounts/security-events";
import { getTwoFactorStatus } from "@/lib/accounts/two-factor";
import { accountGone, requireUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { formatDate } from "@/lib/format";
import { listRoleRefs } from "@/lib/roles/queries";
import { Button, buttonVariants } from "@/components/ui/button";
import { AccountSection as Section } from "@/components/accounts/account-section";
import { AddPasskeyForm } from "@/components/accounts/add-passkey-form";
import { DeleteAccountForm } from "@/components/accounts/delete-account-form";
import { ResendVerificationForm } from "@/components/accounts/email-forms";
import { ImportForm } from "@/components/accounts/import-form";
import { PasswordForm } from "@/components/accounts/password-form";
import { PasskeyList } from "@/components/accounts/passkey-list";
import { ProfileForm } from "@/components/accounts/profile-form";
import { SecurityActivity } from "@/components/accounts/security-activity";
import { TwoFactorSettings } from "@/components/accounts/two-factor-settings";
import { Link } from "@/components/ui/link";

export const metadata: Metadata = { title: "Account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser();
  const { changed, recoveryCodesLeft } = await searchParams;
  const [profile, roles, twoFactor, passkeys, events] = await Promise.all([
    getProfile(db, user.id),
    listRoleRefs(db),
    getTwoFactorStatus(db, user.id),
    listPasskeys(db, user.id),
    listSecurityEvents(db, user.id),
  ]);
  if (!profile) accountGone();

  return (
    <div className="container-page max-w-3xl py-10 sm:py-12">
      <h1 className="text-title">Account</h1>
      <p className="mt-3 text-lead text-muted-foreground">
        Signed in as <span className="font-medium text-foreground">{profile.email}</span>
        {profile.name ? <> ({profile.name})</> : null} since {formatDate(profile.createdAt)}.
      </p>
      {profile.emailVerified ? null : (
        <div className="mt-4 grid gap-3 rounded-md border p-4 text-sm">
          <p>
            <strong>Your email is not confirmed yet.</strong> Confirming it lets you reset your password by
            email. The link we sent works for 24 hours.
          </p>
          <ResendVerificationForm />
        </div>
      )}

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
        id="two-factor"
        title="Two-factor sign-in"
        description="After your password, sign-in asks for a code from an authenticator app on your phone (any app that reads QR codes for one-time passwords), or a passkey."
      >
        <Notice show={typeof recoveryCodesLeft === "string"}>
          You signed in with a recovery code; {Number(recoveryCodesLeft) || 0} left. Lost your phone? Make new
          codes below, or turn two-factor off and on again to move it to a new phone.
        </Notice>
        <Notice show={changed === "two-factor-off"}>
          Two-factor sign-in is off. We emailed you about the change.
        </Notice>
        {twoFactor.enabled && twoFactor.enabledAt ? (
          <>
            <p className="mb-6 text-sm">
              <strong className="text-success">On</strong> since {formatDate(twoFactor.enabledAt)}.{" "}
              {twoFactor.recoveryCodesLeft} of 10 recovery codes unused.
            </p>
            <TwoFactorSettings />
          </>
        ) : (
          <form action={beginTotpSetupAction} className="grid gap-3">
            <p className="text-sm">
              <strong>Off.</strong> A stolen or guessed password is then enough to enter your account.
            </p>
            <Button type="submit" className="justify-self-start">
              {twoFactor.pendingSetup ? "Continue setting up" : "Set up two-factor sign-in"}
            </Button>
          </form>
        )}
      </Section>

      <Section
        id="passkeys"
        title="Passkeys"
        description="A passkey signs you in with your device's fingerprint, face or PIN instead of a password, and cannot be phished. With two-factor on, it can also stand in for the code."
      >
        <Notice show={changed === "passkey-removed"}>Passkey removed.</Notice>
        <PasskeyList passkeys={passkeys} />
        <div className="mt-6 border-t pt-5">
          <AddPasskeyForm />
        </div>
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
        id="activity"
        title="Security activity"
        description="Recent sign-ins and changes to how this account is protected. Something you do not recognise? Change your password and sign out everywhere."
      >
        <SecurityActivity events={events} />
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

function Notice({ show, children }: { show: boolean; children: ReactNode }) {
  if (!show) return null;
  return (
    <p role="status" className="mb-5 rounded-md border border-success p-3 text-sm font-medium text-success">
      {children}
    </p>
  );
}
