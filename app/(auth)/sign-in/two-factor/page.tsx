import type { Metadata } from "next";

import { readStepCookie } from "@/lib/accounts/auth-cookies";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { CHALLENGE_COOKIE, findChallenge } from "@/lib/accounts/sign-in-challenge";
import { requireAnonymous } from "@/lib/auth";
import { db } from "@/lib/db";
import { AuthCard } from "@/components/accounts/auth-card";
import { PasskeySignInButton } from "@/components/accounts/passkey-sign-in-button";
import { SecondStepForm } from "@/components/accounts/second-step-form";
import { Link } from "@/components/ui/link";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Two-factor sign-in", robots: { index: false } };

export default async function SecondStepPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === "string" ? params.next : undefined);
  await requireAnonymous(next);
  const challenge = await findChallenge(db, await readStepCookie(CHALLENGE_COOKIE));
  if (!challenge) {
    return (
      <AuthCard title="Sign in again" lead="This sign-in has expired, or it was started in another browser.">
        <p className="text-sm">
          The step that asks for your code lasts ten minutes after your password.{" "}
          <Link className="link" href={`/sign-in?next=${encodeURIComponent(next)}`}>
            Sign in again
          </Link>
          .
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Two-factor sign-in"
      lead="Your password was right. One more step: prove it is you with your second factor."
    >
      <SecondStepForm next={next} />
      {challenge.hasPasskeys ? (
        <div className="mt-6 grid gap-3 border-t pt-6">
          <PasskeySignInButton secondStep next={next} label="Use a passkey instead" />
        </div>
      ) : null}
      <p className="mt-6 text-sm text-muted-foreground">
        Lost your phone and your recovery codes?{" "}
        <Link className="link" href="/forgot-password">
          Reset your password
        </Link>{" "}
        by email: the reset keeps two-factor on, so you will still need a code, but signing out every device
        stops whoever has your password.
      </p>
    </AuthCard>
  );
}
