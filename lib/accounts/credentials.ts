import "server-only";

import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

import { hashPassword, verifyAgainstNothing, verifyPassword } from "./password-hash";
import { endAllSessions } from "./sessions";
import { recordFailure, recordSuccess, throttleWait } from "./throttle";

// Email and password accounts: the checks behind sign-in, sign-up and password change. Each takes
// the database client, so the integration tests drive exactly the code the app runs.

export interface SignedInUser {
  id: string;
  name: string | null;
  email: string;
}

export type AuthenticateResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; waitMs: number };

/** One message for an unknown email and a wrong password, so neither tells which it was. */
export const INVALID_CREDENTIALS_MESSAGE = "That email and password do not match an account.";

export async function authenticate(
  db: DbClient,
  input: { email: string; password: string; address: string },
  now = new Date(),
): Promise<AuthenticateResult> {
  const subject = { email: input.email, address: input.address };
  const waitMs = await throttleWait(db, subject, now);
  if (waitMs > 0) return { ok: false, reason: "throttled", waitMs };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, name: true, email: true, passwordHash: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await verifyAgainstNothing(input.password);
  if (!valid || !user?.email) {
    await recordFailure(db, subject, now);
    return { ok: false, reason: "invalid" };
  }
  await recordSuccess(db, subject);
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email },
  };
}

export type RegisterResult =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "taken" }
  | { ok: false; reason: "throttled"; waitMs: number };

export async function registerUser(
  db: DbClient,
  input: { name: string | null; email: string; password: string; address: string },
  now = new Date(),
): Promise<RegisterResult> {
  const subject = { email: input.email, address: input.address };
  const waitMs = await throttleWait(db, subject, now);
  if (waitMs > 0) return { ok: false, reason: "throttled", waitMs };

  // Hash first, whether or not the email is free, so a taken email is not answered faster.
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { name: input.name, email: input.email, passwordHash },
      select: { id: true, name: true, email: true },
    });
    return { ok: true, user: { ...user, email: input.email } };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Probing for accounts through sign-up counts against the same limits as guessing passwords.
      await recordFailure(db, subject, now);
      return { ok: false, reason: "taken" };
    }
    throw error;
  }
}

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; reason: "no-password" | "wrong-password" }
  | { ok: false; reason: "throttled"; waitMs: number };

/**
 * Checks the current password (counted like a sign-in, so a stolen session cannot guess it freely),
 * stores the new hash and ends every session, this one included (the caller signs this browser in
 * again with the new password).
 */
export async function changePassword(
  db: DbClient,
  userId: string,
  input: { currentPassword: string; newPassword: string; address: string },
  now = new Date(),
): Promise<ChangePasswordResult> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (!user?.passwordHash || !user.email) return { ok: false, reason: "no-password" };
  const subject = { email: user.email, address: input.address };
  const waitMs = await throttleWait(db, subject, now);
  if (waitMs > 0) return { ok: false, reason: "throttled", waitMs };
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await recordFailure(db, subject, now);
    return { ok: false, reason: "wrong-password" };
  }
  await recordSuccess(db, subject);
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    await endAllSessions(tx, userId);
  });
  return { ok: true };
}
