"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";
import { ONLY_SIGNED_IN, ONLY_SIGNED_OUT } from "@/components/layout/signed-in-classes";
import { useSignedInHint } from "@/components/layout/use-signed-in-hint";
import { ButtonLink } from "@/components/ui/button";
import { SaveDraftsOnSignIn } from "@/components/practice/save-drafts-on-sign-in";

// The header's account links. The header is part of prerendered pages, so it cannot ask the server
// who is signed in: both sets of links are in the HTML, and CSS shows one by <html data-signed-in>
// (signed-in-classes.ts). Choosing them in React after hydration showed Sign in first and then
// swapped it, moving the theme button 174 px: a layout shift on every page for a signed-in visitor.

export function AccountNav() {
  const pathname = usePathname();
  const signedIn = useSignedInHint();

  // A sign-in or sign-out ends in a navigation, and the hint may change in another tab: re-read it.
  useEffect(() => {
    const sync = () =>
      document.documentElement.toggleAttribute("data-signed-in", hasSignedInHint(document.cookie));
    sync();
    window.addEventListener("focus", sync);
    return () => window.removeEventListener("focus", sync);
  }, [pathname]);

  return (
    <>
      <ButtonLink href="/sign-in" size="sm" className={ONLY_SIGNED_OUT}>
        Sign in
      </ButtonLink>
      <ButtonLink href="/dashboard" size="sm" variant="ghost" className={ONLY_SIGNED_IN}>
        Dashboard
      </ButtonLink>
      <ButtonLink href="/plan" size="sm" variant="ghost" className={`max-sm:hidden ${ONLY_SIGNED_IN}`}>
        Plan
      </ButtonLink>
      <ButtonLink href="/account" size="sm" className={ONLY_SIGNED_IN}>
        Account
      </ButtonLink>
      {/* The header's group is unseen until this is read (site-header.tsx). */}
      <span data-slot="account-nav-end" hidden />
      {signedIn && <SaveDraftsOnSignIn />}
    </>
  );
}
