import "server-only";

import type { DbClient } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";

import { hashPassword, verifyAgainstNothing, verifyPassword } from "./password-hash";
import { consumeAccountToken } from "./account-tokens";
import { recordSecurityEvent } from "./security-events";
import { endAllSessions } from "./sessions";
import { clearAccountThrottles, recordFailure, recordSuccess, throttleWait } from "./throttle";

// Email and password accounts: the checks behind sign-in, sign-up and password change. Each takes
// the database client, so the integration tests drive exactly the code the app runs.

export interface SignedInUser {
  id: string;
  name: string | null;
  email: string;
  /** A second factor is due before this person is signed in (lib/accounts/two-factor.ts). */
  twoFactor: boolean;
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
    select: { id: true, name: true, email: true, passwordHash: true, twoFactorEnabledAt: true },
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
    user: { id: user.id, name: user.name, email: user.email, twoFactor: Boolean(user.twoFactorEnabledAt) },
  };
}

/**
 * Sign-up answers the same way whether or not the email already has an account (issue 15): the
 * caller mails a confirmation link to a new account and a "someone tried to sign up" note to an
 * existing one, and shows the same page for both.
 */
export type RegisterResult =
  | { ok: true; created: true; userId: string }
  | { ok: true; created: false; userId: string }
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
      select: { id: true },
    });
    return { ok: true, created: true, userId: user.id };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      // Signing up again with a taken email counts against the same limits as guessing passwords.
      await recordFailure(db, subject, now);
      const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
      if (existing) return { ok: true, created: false, userId: existing.id };
    }
    throw error;
  }
}

export type ChangePasswordResult =
  | { ok: true; email: string }
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
  input: { currentPassword: string; newPassword: string; address: string; userAgent: string | null },
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
    await recordSecurityEvent(
      tx,
      userId,
      { kind: "password-changed", userAgent: input.userAgent, address: input.address },
      now,
    );
  });
  return { ok: true, email: user.email };
}

export type ResetPasswordResult = { ok: true; email: string } | { ok: false; reason: "invalid-link" };

/**
 * Sets a new password from a reset link: uses the link up, ends every session, lifts the sign-in
 * limits on the account (its owner is back) and confirms the email (the link reached it).
 */
export async function resetPassword(
  db: DbClient,
  input: { token: string; newPassword: string; userAgent: string | null; address: string },
  now = new Date(),
): Promise<ResetPasswordResult> {
  // Hashed first: the transaction below holds no lock while Argon2 works.
  const passwordHash = await hashPassword(input.newPassword);
  const email = await db.$transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, input.token, "reset-password", now);
    if (!owner) return null;
    const user = await tx.user.findUnique({
      where: { id: owner.userId },
      select: { email: true, emailVerified: true },
    });
    if (!user?.email || user.email !== owner.email) return null;
    await tx.user.update({
      where: { id: owner.userId },
      data: { passwordHash, emailVerified: user.emailVerified ?? now },
    });
    await endAllSessions(tx, owner.userId);
    await tx.signInChallenge.deleteMany({ where: { userId: owner.userId } });
    await recordSecurityEvent(
      tx,
      owner.userId,
      { kind: "password-reset", userAgent: input.userAgent, address: input.address },
      now,
    );
    return user.email;
  });
  if (!email) return { ok: false, reason: "invalid-link" };
  await clearAccountThrottles(db, email);
  return { ok: true, email };
}

export type ConfirmEmailResult =
  | { ok: true; userId: string; twoFactor: boolean; onboarded: boolean }
  | { ok: false; reason: "invalid-link" };

/** Confirms the address a verification link was sent to, if it is still the account's. */
export async function confirmEmail(
  db: DbClient,
  input: { token: string; userAgent: string | null; address: string },
  now = new Date(),
): Promise<ConfirmEmailResult> {
  return db.$transaction(async (tx) => {
    const owner = await consumeAccountToken(tx, input.token, "verify-email", now);
    if (!owner) return { ok: false, reason: "invalid-link" } as const;
    const user = await tx.user.findUnique({
      where: { id: owner.userId },
      select: { email: true, emailVerified: true, twoFactorEnabledAt: true, onboardedAt: true },
    });
    if (!user || user.email !== owner.email) return { ok: false, reason: "invalid-link" } as const;
    if (!user.emailVerified) {
      await tx.user.update({ where: { id: owner.userId }, data: { emailVerified: now } });
      await recordSecurityEvent(
        tx,
        owner.userId,
        { kind: "email-verified", userAgent: input.userAgent, address: input.address },
        now,
      );
    }
    return {
      ok: true,
      userId: owner.userId,
      twoFactor: Boolean(user.twoFactorEnabledAt),
      onboarded: Boolean(user.onboardedAt),
    } as const;
  });
}
