"use client";

import { useSyncExternalStore } from "react";

import { usePathname } from "next/navigation";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";
import { ButtonLink } from "@/components/ui/button";
import { SaveDraftsOnSignIn } from "@/components/practice/save-drafts-on-sign-in";

// The header's account links. The header is part of prerendered pages, so it cannot ask the server
// who is signed in; proxy.ts keeps a harmless "signed_in" hint cookie in step with the session
// cookie, and this reads it after hydration. The hint only picks links: every personal page
// checks the real session itself.

function subscribe(onChange: () => void) {
  window.addEventListener("focus", onChange);
  return () => window.removeEventListener("focus", onChange);
}

const hasHint = () => hasSignedInHint(document.cookie);
const onServer = () => false;

export function AccountNav() {
  // Re-rendered on each navigation, which re-reads the cookie (a sign-in ends in a navigation).
  usePathname();
  const signedIn = useSyncExternalStore(subscribe, hasHint, onServer);
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
