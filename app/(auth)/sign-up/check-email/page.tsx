import type { Metadata } from "next";

import { safeReturnPath } from "@/lib/accounts/return-path";
import { AuthCard } from "@/components/accounts/auth-card";
import { Link } from "@/components/ui/link";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

/**
 * After sign-up, for a new email and a taken one alike (issue 15): the page cannot tell anyone
 * whether an address has an account. The mail does: a confirmation link, or a note to the owner.
 */
export default async function CheckEmailPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(typeof params.next === "string" ? params.next : undefined, "");
  const signIn = next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in";
  return (
    <AuthCard title="Check your email" lead="We have sent a message to the address you gave.">
      <div className="grid gap-4 text-sm">
        <p>
          Open it and follow the link to confirm your address and start. The link works once, for 24 hours.
        </p>
        <p className="text-muted-foreground">
          Nothing after a few minutes? Look in your spam folder. You can also{" "}
          <Link className="link" href={signIn}>
            sign in
          </Link>{" "}
          with the email and password you chose, and send the link again from your account page.
        </p>
      </div>
    </AuthCard>
  );
}
