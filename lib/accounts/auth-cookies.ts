import "server-only";

import { cookies } from "next/headers";

import { env } from "@/lib/env";

import { usesSecureCookies } from "./session-policy";

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
