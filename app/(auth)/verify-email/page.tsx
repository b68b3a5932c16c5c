import type { Metadata } from "next";

import { peekAccountToken } from "@/lib/accounts/account-tokens";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { db } from "@/lib/db";
import { AuthCard } from "@/components/accounts/auth-card";
import { ConfirmEmailForm } from "@/components/accounts/email-forms";
import { UnusableLink } from "@/components/accounts/unusable-link";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Confirm your email",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token, next } = await searchParams;
  const owner = await peekAccountToken(db, token, "verify-email");
  if (!owner || typeof token !== "string") {
    return (
      <UnusableLink
        again={{ href: "/account", label: "Sign in and send a new link from your account page" }}
      />
    );
  }
  return (
    <AuthCard title="Confirm your email" lead={`Confirm that ${owner.email} is yours, and carry on.`}>
      <ConfirmEmailForm
        token={token}
        next={safeReturnPath(typeof next === "string" ? next : undefined, "")}
      />
    </AuthCard>
  );
}
