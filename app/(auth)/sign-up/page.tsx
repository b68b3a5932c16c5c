import type { Metadata } from "next";

import { safeReturnPath } from "@/lib/accounts/return-path";
import { requireAnonymous } from "@/lib/auth";
import { AuthCard } from "@/components/accounts/auth-card";
import { SignUpForm } from "@/components/accounts/sign-up-form";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Create an account",
  description: "Create a free account to track your practice and get a study plan for the role you want.",
  robots: { index: false },
};

export default async function SignUpPage({ searchParams }: Props) {
  const params = await searchParams;
  const nextParam = typeof params.next === "string" ? params.next : undefined;
  await requireAnonymous(safeReturnPath(nextParam));
  return (
    <AuthCard
      title="Create your account"
      lead="Free, and yours: export everything you enter as one file, or delete it all, at any time."
    >
      <SignUpForm next={nextParam ? safeReturnPath(nextParam) : ""} />
    </AuthCard>
  );
}
