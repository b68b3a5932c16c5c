import "server-only";

import type { DbClient } from "@/lib/db-client";

import { hashPassword, verifyPassword } from "./password-hash";
import {
  newRecoveryCode,
  parseSecondFactorInput,
  RECOVERY_CODE_COUNT,
  type SecondFactorInput,
} from "./second-factor-input";
import { deriveSecretKey, open, seal } from "./secret-box";
import { recordSecurityEvent } from "./security-events";
import { authSecrets } from "./server-secrets";
import { recordFailure, recordSuccess, throttleWait } from "./throttle";
import { checkTotp, newTotpSecret, totpUri } from "./totp";

// Two-factor sign-in with an authenticator app (issue 15): set-up confirmed by a first code, ten
// recovery codes shown once, each code accepted once, and the secret sealed at rest. Every function
// takes the database client, so the integration tests drive exactly this code.

let sealingKeys: Buffer[] | undefined;
function keys(): Buffer[] {
  sealingKeys ??= authSecrets().map(deriveSecretKey);
  return sealingKeys;
}

// Recovery codes carry about 49 random bits, too few for a plain hash (ASVS 6.5.2 asks for 112),
// so they are hashed like passwords: Argon2id with its own salt. Ten hashes at set-up, and at most
// ten checks for a recovery sign-in, which is rare.

export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: Date | null;
  pendingSetup: boolean;
  recoveryCodesLeft: number;
}

export async function getTwoFactorStatus(db: DbClient, userId: string): Promise<TwoFactorStatus> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUnique({
      where: { id: userId },
      select: { twoFactorEnabledAt: true, totpPendingSecret: true },
    }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return {
    enabled: Boolean(user?.twoFactorEnabledAt),
    enabledAt: user?.twoFactorEnabledAt ?? null,
    pendingSetup: Boolean(user?.totpPendingSecret),
    recoveryCodesLeft,
  };
}

/** Starts (or keeps) a set-up: a new secret waits, sealed, until a first code confirms it. */
export async function beginTotpSetup(db: DbClient, userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, totpPendingSecret: null, twoFactorEnabledAt: null },
    data: { totpPendingSecret: seal(newTotpSecret(), keys()[0]!) },
  });
}

export async function cancelTotpSetup(db: DbClient, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { totpPendingSecret: null } });
}

export interface PendingSetup {
  secret: string;
  uri: string;
}

/** The set-up in progress, for the page that shows its QR code and secret. */
export async function pendingTotpSetup(
  db: DbClient,
  userId: string,
  issuer: string,
): Promise<PendingSetup | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, totpPendingSecret: true, twoFactorEnabledAt: true },
  });
  if (!user?.totpPendingSecret || user.twoFactorEnabledAt) return null;
  const opened = open(user.totpPendingSecret, keys());
  if (!opened) return null;
  return { secret: opened.plaintext, uri: totpUri(opened.plaintext, user.email ?? "account", issuer) };
}

async function replaceRecoveryCodes(db: Pick<DbClient, "recoveryCode">, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((code) => hashPassword(code)));
  await db.recoveryCode.deleteMany({ where: { userId } });
  await db.recoveryCode.createMany({ data: hashes.map((codeHash) => ({ userId, codeHash })) });
  return codes;
}

export type ConfirmSetupResult =
  | { ok: true; recoveryCodes: string[] }
  | { ok: false; reason: "no-setup" | "wrong" }
  | { ok: false; reason: "malformed"; message: string };

/** The first code turns two-factor on and makes the recovery codes, which are returned once. */
export async function confirmTotpSetup(
  db: DbClient,
  userId: string,
  input: { code: string; userAgent: string | null; address: string },
  now = new Date(),
): Promise<ConfirmSetupResult> {
  const parsed = parseSecondFactorInput(input.code);
  if (parsed.kind === "malformed") return { ok: false, reason: "malformed", message: parsed.message };
  if (parsed.kind !== "totp") {
    return { ok: false, reason: "malformed", message: "Enter the 6-digit code your app shows now." };
  }
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpPendingSecret: true, twoFactorEnabledAt: true },
  });
  const pending =
    user?.totpPendingSecret && !user.twoFactorEnabledAt ? open(user.totpPendingSecret, keys()) : null;
  if (!pending || !user?.totpPendingSecret) return { ok: false, reason: "no-setup" };
  const check = checkTotp(pending.plaintext, parsed.code, now, null);
  if (!check.ok) return { ok: false, reason: "wrong" };
  const recoveryCodes = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpPendingSecret: user.totpPendingSecret, twoFactorEnabledAt: null },
      data: {
        totpSecret: seal(pending.plaintext, keys()[0]!),
        totpPendingSecret: null,
        twoFactorEnabledAt: now,
        totpLastStep: check.step,
      },
    });
    if (count !== 1) return null;
    await recordSecurityEvent(
      tx,
      userId,
      { kind: "two-factor-enabled", userAgent: input.userAgent, address: input.address },
      now,
    );
    return replaceRecoveryCodes(tx, userId);
  });
  return recoveryCodes ? { ok: true, recoveryCodes } : { ok: false, reason: "no-setup" };
}

export type SecondFactorCheck =
  | { ok: true; method: "code" | "recovery code"; recoveryCodesLeft: number | null }
  | { ok: false; reason: "wrong" | "replayed" | "not-enabled" };

/** Checks an app code or a recovery code; a success uses it up (the step, or the recovery code). */
export async function verifySecondFactor(
  db: DbClient,
  userId: string,
  input: Exclude<SecondFactorInput, { kind: "malformed" }>,
  now = new Date(),
): Promise<SecondFactorCheck> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpSecret: true, twoFactorEnabledAt: true, totpLastStep: true },
  });
  if (!user?.totpSecret || !user.twoFactorEnabledAt) return { ok: false, reason: "not-enabled" };

  if (input.kind === "recovery") {
    const unused = await db.recoveryCode.findMany({
      where: { userId, usedAt: null },
      select: { id: true, codeHash: true },
    });
    let matchId: string | null = null;
    for (const row of unused) {
      if (await verifyPassword(row.codeHash, input.code)) {
        matchId = row.id;
        break;
      }
    }
    if (!matchId) return { ok: false, reason: "wrong" };
    // Conditional on "unused": of two requests with the same code, one wins.
    const { count } = await db.recoveryCode.updateMany({
      where: { id: matchId, usedAt: null },
      data: { usedAt: now },
    });
    if (count !== 1) return { ok: false, reason: "replayed" };
    const recoveryCodesLeft = await db.recoveryCode.count({ where: { userId, usedAt: null } });
    return { ok: true, method: "recovery code", recoveryCodesLeft };
  }

  const opened = open(user.totpSecret, keys());
  if (!opened) return { ok: false, reason: "wrong" };
  const check = checkTotp(opened.plaintext, input.code, now, user.totpLastStep);
  if (!check.ok) return { ok: false, reason: check.reason };
  // Conditional on the step read above: of two requests with the same code, one wins.
  const { count } = await db.user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: check.step } }] },
    data: {
      totpLastStep: check.step,
      // Opened with the key a rotation replaced: seal it again with the current one.
      ...(opened.keyIndex > 0 ? { totpSecret: seal(opened.plaintext, keys()[0]!) } : {}),
    },
  });
  if (count !== 1) return { ok: false, reason: "replayed" };
  return { ok: true, method: "code", recoveryCodesLeft: null };
}

export type ProofResult =
  | { ok: true }
  | { ok: false; reason: "wrong" | "replayed" }
  | { ok: false; reason: "throttled"; waitMs: number };

/**
 * For turning two-factor off or making new recovery codes: a current app code or the account's
 * password. Counted with the second-factor limits, so a stolen session cannot guess freely.
 */
export async function checkCodeOrPassword(
  db: DbClient,
  userId: string,
  input: { proof: string; address: string },
  now = new Date(),
): Promise<ProofResult> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, passwordHash: true },
  });
  if (!user?.email) return { ok: false, reason: "wrong" };
  const subject = { email: user.email, address: input.address, scope: "second-factor" as const };
  const waitMs = await throttleWait(db, subject, now);
  if (waitMs > 0) return { ok: false, reason: "throttled", waitMs };
  const parsed = parseSecondFactorInput(input.proof);
  let result: ProofResult;
  if (parsed.kind === "totp") {
    const check = await verifySecondFactor(db, userId, parsed, now);
    result = check.ok
      ? { ok: true }
      : { ok: false, reason: check.reason === "replayed" ? "replayed" : "wrong" };
  } else {
    const valid = user.passwordHash ? await verifyPassword(user.passwordHash, input.proof) : false;
    result = valid ? { ok: true } : { ok: false, reason: "wrong" };
  }
  if (result.ok) await recordSuccess(db, subject);
  else await recordFailure(db, subject, now);
  return result;
}

export async function disableTwoFactor(
  db: DbClient,
  userId: string,
  context: { userAgent: string | null; address: string },
  now = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, twoFactorEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordSecurityEvent(tx, userId, { kind: "two-factor-disabled", ...context }, now);
  });
}

export async function regenerateRecoveryCodes(
  db: DbClient,
  userId: string,
  context: { userAgent: string | null; address: string },
  now = new Date(),
): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordSecurityEvent(tx, userId, { kind: "recovery-codes-regenerated", ...context }, now);
    return codes;
  });
}
