"use client";

import { usePathname } from "next/navigation";

import { useSignedInHint } from "@/components/layout/use-signed-in-hint";
import { ButtonLink } from "@/components/ui/button";
import { SaveDraftsOnSignIn } from "@/components/practice/save-drafts-on-sign-in";

// The header's account links, picked from the signed-in hint (the header is part of prerendered
// pages, so it cannot ask the server who is signed in).

export function AccountNav() {
  // Re-rendered on each navigation, which re-reads the cookie (a sign-in ends in a navigation).
  usePathname();
  const signedIn = useSignedInHint();
  if (!signedIn) {
    return (
      <ButtonLink href="/sign-in" size="sm">
        Sign in
      </ButtonLink>
    );
  }
  return (
    <>
      <ButtonLink href="/dashboard" size="sm" variant="ghost">
        Dashboard
      </ButtonLink>
      <ButtonLink href="/plan" size="sm" variant="ghost" className="max-sm:hidden">
        Plan
      </ButtonLink>
      <ButtonLink href="/account" size="sm">
        Account
      </ButtonLink>
      <SaveDraftsOnSignIn />
    </>
  );
}
