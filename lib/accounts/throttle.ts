import "server-only";

import { createHash } from "node:crypto";

import type { DbClient } from "@/lib/db-client";

import {
  ACCOUNT_RULE,
  ADDRESS_RULE,
  EMAIL_RULE,
  MAIL_FROM_ADDRESS_RULE,
  MAIL_RULE,
  afterFailure,
  retryAfterMs,
  type ThrottleRule,
  type ThrottleState,
} from "./throttle-rules";

// The sign-in counters in PostgreSQL (not process memory), so every app instance and every restart
// sees the same counts. Emails are stored hashed: the table says nothing about who has an account.

export interface ThrottleSubject {
  email: string;
  address: string;
  /**
   * Second-factor codes are counted apart from passwords: the right password clears the password
   * counters, and must not also clear the count of wrong codes that follow it.
   */
  scope?: "password" | "second-factor";
}

function emailHashOf(email: string): string {
  return createHash("sha256").update(email).digest("hex");
}

const SCOPE_PREFIX = { password: "", "second-factor": "2fa-" } as const;

function keysFor({ email, address, scope = "password" }: ThrottleSubject) {
  const emailHash = emailHashOf(email);
  const prefix = SCOPE_PREFIX[scope];
  return {
    account: `${prefix}account:${emailHash}:${address}`,
    address: `${prefix}address:${address}`,
    email: `${prefix}email:${emailHash}`,
  };
}

/** Milliseconds until this email may be tried from this address again; 0 when it may be now. */
export async function throttleWait(db: DbClient, subject: ThrottleSubject, now: Date): Promise<number> {
  const keys = keysFor(subject);
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [keys.account, keys.address, keys.email] } },
    select: { failures: true, windowStartedAt: true, blockedUntil: true },
  });
  return retryAfterMs(rows, now);
}

async function countFailure(db: DbClient, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    // Create the row if missing, then lock it: concurrent failures each count, none is lost.
    await tx.$executeRaw`INSERT INTO "SignInThrottle" ("key", "failures", "windowStartedAt", "updatedAt")
      VALUES (${key}, 0, ${now}, ${now}) ON CONFLICT ("key") DO NOTHING`;
    const [row] = await tx.$queryRaw<ThrottleState[]>`SELECT "failures", "windowStartedAt", "blockedUntil"
      FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
    const previous = row && row.failures > 0 ? row : null;
    const next = afterFailure(previous, now, rule);
    await tx.signInThrottle.update({ where: { key }, data: next });
  });
}

/** How often a failure also clears out finished counters (no scheduler needed to keep the table small). */
const PRUNE_CHANCE = 0.01;

export async function recordFailure(
  db: DbClient,
  subject: ThrottleSubject,
  now: Date,
  random: () => number = Math.random,
): Promise<void> {
  const keys = keysFor(subject);
  await countFailure(db, keys.account, ACCOUNT_RULE, now);
  await countFailure(db, keys.address, ADDRESS_RULE, now);
  await countFailure(db, keys.email, EMAIL_RULE, now);
  if (random() < PRUNE_CHANCE) await pruneThrottles(db, now);
}

/**
 * A success ends the run of consecutive failures for this email and address, and the delay on the
 * email (the owner got in; the address's daily count stays).
 */
export async function recordSuccess(db: DbClient, subject: ThrottleSubject): Promise<void> {
  const keys = keysFor(subject);
  await db.signInThrottle.deleteMany({ where: { key: { in: [keys.account, keys.email] } } });
}

/**
 * Ends every block on one account, from any address and for either factor (a password reset
 * proves the owner is back); the per-address daily counts stay.
 */
export async function clearAccountThrottles(db: DbClient, email: string): Promise<void> {
  const emailHash = emailHashOf(email);
  await db.signInThrottle.deleteMany({
    where: {
      OR: Object.values(SCOPE_PREFIX).flatMap((prefix) => [
        { key: `${prefix}email:${emailHash}` },
        { key: { startsWith: `${prefix}account:${emailHash}:` } },
      ]),
    },
  });
}

/**
 * Whether one more mail may go to this email now, asked for from this client address: a few an
 * hour per recipient and per asking address, so the reset and sign-up forms cannot be used to
 * flood an inbox or to send mail in bulk. Counts the mail when it may go.
 */
export async function allowMail(db: DbClient, subject: ThrottleSubject, now: Date): Promise<boolean> {
  const recipientKey = `mail:${emailHashOf(subject.email)}`;
  const senderKey = `mail-from:${subject.address}`;
  const rows = await db.signInThrottle.findMany({
    where: { key: { in: [recipientKey, senderKey] } },
    select: { failures: true, windowStartedAt: true, blockedUntil: true },
  });
  if (retryAfterMs(rows, now) > 0) return false;
  await countFailure(db, recipientKey, MAIL_RULE, now);
  await countFailure(db, senderKey, MAIL_FROM_ADDRESS_RULE, now);
  return true;
}

/** Rows whose blocks and windows are over; called now and then so the table stays small. */
export async function pruneThrottles(db: DbClient, now: Date): Promise<number> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const { count } = await db.signInThrottle.deleteMany({
    where: { updatedAt: { lt: dayAgo }, OR: [{ blockedUntil: null }, { blockedUntil: { lt: now } }] },
  });
  return count;
}
