"use client";

import { useSyncExternalStore } from "react";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";

// Prerendered pages cannot ask the server who is signed in; proxy.ts keeps a harmless "signed_in"
// hint cookie in step with the session cookie, and this reads it after hydration (false on the
// server and during hydration). The hint only picks links: every personal page and API checks the
// real session itself.

function subscribe(onChange: () => void) {
  window.addEventListener("focus", onChange);
  return () => window.removeEventListener("focus", onChange);
}

const hasHint = () => hasSignedInHint(document.cookie);
const onServer = () => false;

/** Whether this browser looks signed in, re-read when the window regains focus. */
export function useSignedInHint(): boolean {
  return useSyncExternalStore(subscribe, hasHint, onServer);
}
