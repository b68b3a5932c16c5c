import type { Metadata } from "next";

import { peekAccountToken } from "@/lib/accounts/account-tokens";
import { db } from "@/lib/db";
import { AuthCard } from "@/components/accounts/auth-card";
import { ResetPasswordForm } from "@/components/accounts/email-forms";
import { UnusableLink } from "@/components/accounts/unusable-link";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The token is in the address: no referrer may carry it to another site.
export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false },
  referrer: "no-referrer",
};

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const owner = await peekAccountToken(db, token, "reset-password");
  if (!owner || typeof token !== "string") {
    return <UnusableLink again={{ href: "/forgot-password", label: "Ask for a new reset link" }} />;
  }
  return (
    <AuthCard title="Choose a new password" lead={`For ${owner.email}.`}>
      <ResetPasswordForm token={token} email={owner.email} />
    </AuthCard>
  );
}
