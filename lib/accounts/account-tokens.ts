import "server-only";

import type { DbClient } from "@/lib/db-client";

import { hashToken, newToken, TOKEN_PATTERN } from "./tokens";

// The tokens in mailed links (issue 15): random, stored as hashes, single-use, expiring. A new
// link of one kind replaces the account's earlier one of that kind.

export const TOKEN_LIFETIME_MS = {
  "reset-password": 30 * 60_000,
  "verify-email": 24 * 3600_000,
} as const;

export type TokenPurpose = keyof typeof TOKEN_LIFETIME_MS;

export interface TokenOwner {
  userId: string;
  email: string;
}

type TokenDb = Pick<DbClient, "accountToken">;

export async function issueAccountToken(
  db: DbClient,
  input: { userId: string; email: string; purpose: TokenPurpose },
  now = new Date(),
): Promise<string> {
  const token = newToken();
  await db.$transaction([
    db.accountToken.deleteMany({
      where: { OR: [{ userId: input.userId, purpose: input.purpose }, { expiresAt: { lt: now } }] },
    }),
    db.accountToken.create({
      data: {
        tokenHash: hashToken(token),
        userId: input.userId,
        purpose: input.purpose,
        email: input.email,
        expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[input.purpose]),
      },
    }),
  ]);
  return token;
}

/** Whether a link is still good, without using it (the page that asks for the new password). */
export async function peekAccountToken(
  db: TokenDb,
  token: unknown,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenOwner | null> {
  if (typeof token !== "string" || !TOKEN_PATTERN.test(token)) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { userId: true, email: true, purpose: true, expiresAt: true },
  });
  if (!row || row.purpose !== purpose || row.expiresAt <= now) return null;
  return { userId: row.userId, email: row.email };
}

/** Uses a link up; null when it is unknown, expired, for another purpose or already used. */
export async function consumeAccountToken(
  db: TokenDb,
  token: unknown,
  purpose: TokenPurpose,
  now = new Date(),
): Promise<TokenOwner | null> {
  const owner = await peekAccountToken(db, token, purpose, now);
  if (!owner || typeof token !== "string") return null;
  // The delete decides: of two requests with the same link, only one removes the row.
  const { count } = await db.accountToken.deleteMany({ where: { tokenHash: hashToken(token), purpose } });
  return count === 1 ? owner : null;
}
