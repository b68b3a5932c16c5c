import "server-only";

import { cookies } from "next/headers";

import { env } from "@/lib/env";

import { usesSecureCookies } from "./session-policy";
import { SIGNED_IN_HINT_COOKIE } from "./signed-in-hint";

// The short-lived cookies of the sign-in steps (the half-signed-in challenge, a WebAuthn
// challenge's id): httpOnly, SameSite=Lax, Secure over https, and scoped to the pages that read them.

export async function setStepCookie(
  name: string,
  value: string,
  options: { path: string; maxAgeMs: number },
) {
  (await cookies()).set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(env),
    path: options.path,
    maxAge: Math.floor(options.maxAgeMs / 1000),
  });
}

export async function readStepCookie(name: string): Promise<string | undefined> {
  return (await cookies()).get(name)?.value;
}

export async function clearStepCookie(name: string, path: string) {
  (await cookies()).set(name, "", {
    httpOnly: true,
    sameSite: "lax",
    secure: usesSecureCookies(env),
    path,
    maxAge: 0,
  });
}

/**
 * Sets or clears the header's "signed in" hint in the response that signs in or out, so the page
 * the person lands on next shows the right links at once: proxy.ts keeps the hint in step only on
 * a request that reaches the server, and after a sign-out the client router may show a cached page
 * without one (issue 17).
 */
export async function setSignedInHint(signedIn: boolean) {
  const jar = await cookies();
  if (signedIn) jar.set(SIGNED_IN_HINT_COOKIE, "1", { sameSite: "lax", path: "/" });
  else jar.delete(SIGNED_IN_HINT_COOKIE);
}
