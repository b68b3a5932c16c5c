import "server-only";

import { hash, verify } from "@node-rs/argon2";

// Algorithm.Argon2id of @node-rs/argon2 is an ambient const enum, which verbatimModuleSyntax cannot read.
const ARGON2ID = 2;

// Argon2id at OWASP's baseline (19 MiB, 2 passes, 1 lane): about 30 ms here, slow enough to make
// offline guessing expensive and fast enough for a sign-in.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash that reveals the account exists.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same work as a real check when there is no password to check (an unknown email, an
 * account that signs in with GitHub), so response times do not tell which emails have accounts.
 */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hashPassword("a password no account has, hashed once per process");
  await verifyPassword(await dummyHash, password);
  return false;
}
