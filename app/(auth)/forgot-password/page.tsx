import type { Metadata } from "next";

import { AuthCard } from "@/components/accounts/auth-card";
import { ForgotPasswordForm } from "@/components/accounts/email-forms";
import { Link } from "@/components/ui/link";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Forgot your password?", robots: { index: false } };

export default async function ForgotPasswordPage({ searchParams }: Props) {
  const { sent } = await searchParams;
  if (sent === "1") {
    return (
      <AuthCard
        title="Check your email"
        lead="If an account uses that email, we have sent it a link to choose a new password."
      >
        <div className="grid gap-4 text-sm">
          <p>
            The link works once, for 30 minutes. Nothing after a few minutes? Look in your spam folder, or ask
            again.
          </p>
          <p>
            <Link className="link" href="/forgot-password">
              Send another link
            </Link>{" "}
            ·{" "}
            <Link className="link" href="/sign-in">
              Back to sign in
            </Link>
          </p>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard
      title="Forgot your password?"
      lead="Enter the email of your account and we will send you a link to choose a new password."
    >
      <ForgotPasswordForm />
      <p className="mt-6 text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link className="link" href="/sign-in">
          Sign in
        </Link>
      </p>
    </AuthCard>
  );
}
