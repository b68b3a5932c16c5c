import "server-only";

import type { DbClient } from "@/lib/db-client";

import { hashToken, newToken, TOKEN_PATTERN } from "./tokens";

// Half signed in (issue 15): the password was right and a second factor is due. The browser holds
// a random token in a cookie scoped to the second step's page; the row holds its hash. The
// challenge is not a session: no personal page or API reads it, so it opens nothing but the form
// that asks for the code. It lasts ten minutes and five wrong codes, then the password is asked again.

export const CHALLENGE_COOKIE = "sign-in-challenge";
export const CHALLENGE_TTL_MS = 10 * 60_000;
export const CHALLENGE_MAX_FAILURES = 5;

export interface Challenge {
  tokenHash: string;
  firstFactor: string;
  userId: string;
  email: string;
  hasPasskeys: boolean;
}

export async function createChallenge(
  db: DbClient,
  userId: string,
  firstFactor = "password",
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await db.$transaction([
    // One open challenge per account: a new sign-in replaces the last, and stale rows go.
    db.signInChallenge.deleteMany({ where: { OR: [{ userId }, { expiresAt: { lt: now } }] } }),
    db.signInChallenge.create({
      data: {
        tokenHash: hashToken(token),
        userId,
        firstFactor,
        expiresAt: new Date(now.getTime() + CHALLENGE_TTL_MS),
      },
    }),
  ]);
  return token;
}

export async function findChallenge(
  db: DbClient,
  token: string | undefined,
  now = new Date(),
): Promise<Challenge | null> {
  if (!token || !TOKEN_PATTERN.test(token)) return null;
  const row = await db.signInChallenge.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      tokenHash: true,
      userId: true,
      firstFactor: true,
      expiresAt: true,
      user: { select: { email: true, _count: { select: { passkeys: true } } } },
    },
  });
  if (!row || row.expiresAt <= now || !row.user.email) return null;
  return {
    tokenHash: row.tokenHash,
    userId: row.userId,
    firstFactor: row.firstFactor,
    email: row.user.email,
    hasPasskeys: row.user._count.passkeys > 0,
  };
}

/** Counts a wrong code; at the limit the challenge is gone. Returns whether it still stands. */
export async function countChallengeFailure(db: DbClient, tokenHash: string): Promise<boolean> {
  const row = await db.signInChallenge
    .update({
      where: { tokenHash },
      data: { failures: { increment: 1 } },
      select: { failures: true },
    })
    .catch(() => null);
  if (!row) return false;
  if (row.failures < CHALLENGE_MAX_FAILURES) return true;
  await db.signInChallenge.deleteMany({ where: { tokenHash } });
  return false;
}

/** Uses the challenge up; false when another request already did. */
export async function consumeChallenge(db: DbClient, tokenHash: string): Promise<boolean> {
  const { count } = await db.signInChallenge.deleteMany({ where: { tokenHash } });
  return count === 1;
}
