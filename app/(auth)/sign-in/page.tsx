import type { Metadata } from "next";

import { oauthSignInAction } from "@/lib/accounts/actions";
import { oauthErrorMessage } from "@/lib/accounts/oauth-errors";
import { safeReturnPath } from "@/lib/accounts/return-path";
import { oauthProviderOptions, requireAnonymous } from "@/lib/auth";
import { Button } from "@/components/ui/button";
import { AuthCard } from "@/components/accounts/auth-card";
import { PasskeySignInButton } from "@/components/accounts/passkey-sign-in-button";
import { SignInForm } from "@/components/accounts/sign-in-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to track your practice and get a study plan for the role you want.",
  robots: { index: false },
};

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const nextParam = typeof params.next === "string" ? params.next : undefined;
  const next = safeReturnPath(nextParam);
  await requireAnonymous(next);
  const error = oauthErrorMessage(typeof params.error === "string" ? params.error : undefined);
  const signedOutEverywhere = params.signedOut === "everywhere";
  const notice =
    params.reset === "1"
      ? "Your password is changed and every device was signed out. Sign in with the new password."
      : params.verified === "1"
        ? "Your email is confirmed. Sign in to carry on."
        : null;

  return (
    <AuthCard
      title="Sign in"
      lead={
        nextParam
          ? "Sign in to continue; you will be taken back to where you were."
          : "Track your practice, keep notes and get a plan for the role you want."
      }
    >
      {signedOutEverywhere ? (
        <p role="status" className="mb-5 rounded-md border bg-muted p-3 text-sm">
          You have been signed out on every device.
        </p>
      ) : null}
      {notice ? (
        <p
          role="status"
          className="mb-5 rounded-md border border-success p-3 text-sm font-medium text-success"
        >
          {notice}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mb-5 rounded-md border border-destructive p-3 text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {oauthProviderOptions.length > 0 ? (
        <div className="mb-6 grid gap-3">
          {oauthProviderOptions.map((provider) => (
            <form key={provider.id} action={oauthSignInAction}>
              <input type="hidden" name="provider" value={provider.id} />
              <input type="hidden" name="next" value={next} />
              <Button type="submit" variant="outline" className="w-full">
                Continue with {provider.name}
              </Button>
            </form>
          ))}
          <p className="text-center text-sm text-muted-foreground">or with your email</p>
        </div>
      ) : null}
      <SignInForm next={nextParam ? next : ""} />
      <div className="mt-6 border-t pt-6">
        <PasskeySignInButton secondStep={false} next={next} label="Sign in with a passkey" />
      </div>
    </AuthCard>
  );
}
