import "server-only";

import { randomBytes } from "node:crypto";

import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from "@simplewebauthn/server";
import type {
  AuthenticatorTransportFuture,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from "@simplewebauthn/types";
import * as z from "zod";

import type { DbClient } from "@/lib/db-client";
import { env } from "@/lib/env";
import { site } from "@/lib/site";

import { recordSecurityEvent } from "./security-events";

// Passkeys (WebAuthn, issue 15): registered from /account, then used to sign in without a password
// (user verification required: the device's PIN or biometric makes it two factors in one) or as the
// second step after a password. The relying party is SITE_URL's host, fixed by configuration, not
// read from the request. Challenges live in the database (any instance may answer the next
// request), are used once and last five minutes; the browser holds only their id, in a cookie.

export const WEBAUTHN_COOKIE = "webauthn-challenge";
export const WEBAUTHN_CHALLENGE_TTL_MS = 5 * 60_000;
const MAX_PASSKEYS = 20;

type Purpose = "register" | "sign-in" | "second-factor";

function relyingParty() {
  const url = new URL(env.SITE_URL);
  return { id: url.hostname, origin: url.origin, name: site.name };
}

async function storeChallenge(
  db: DbClient,
  input: { challenge: string; purpose: Purpose; userId: string | null },
  now: Date,
): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  await db.$transaction([
    db.webAuthnChallenge.deleteMany({ where: { expiresAt: { lt: now } } }),
    db.webAuthnChallenge.create({
      data: { id, ...input, expiresAt: new Date(now.getTime() + WEBAUTHN_CHALLENGE_TTL_MS) },
    }),
  ]);
  return id;
}

/** Uses a challenge up: of two answers to one challenge, only the first is checked. */
async function takeChallenge(db: DbClient, id: string | undefined, purpose: Purpose, now: Date) {
  if (!id || id.length > 64) return null;
  const row = await db.webAuthnChallenge.findUnique({ where: { id } });
  if (!row) return null;
  const { count } = await db.webAuthnChallenge.deleteMany({ where: { id } });
  if (count !== 1 || row.purpose !== purpose || row.expiresAt <= now) return null;
  return row;
}

// The browser's answer, checked for shape before the library reads it (a server action is a public
// endpoint; anything may arrive).
const base64url = z
  .string()
  .max(16_384)
  .regex(/^[A-Za-z0-9_-]*$/);
const credentialShape = z.object({
  id: base64url.min(1).max(1_366),
  rawId: base64url.min(1).max(1_366),
  type: z.literal("public-key"),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
});
const registrationShape = credentialShape.extend({
  response: z
    .object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      transports: z.array(z.string().max(32)).max(10).optional(),
    })
    .passthrough(),
});
const authenticationShape = credentialShape.extend({
  response: z.object({
    clientDataJSON: base64url,
    authenticatorData: base64url,
    signature: base64url,
    userHandle: base64url.optional(),
  }),
});

export interface PasskeyView {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export async function listPasskeys(db: DbClient, userId: string): Promise<PasskeyView[]> {
  return db.passkey.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}

export async function startPasskeyRegistration(
  db: DbClient,
  user: { id: string; email: string; name: string | null },
  now = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialCreationOptionsJSON }> {
  const rp = relyingParty();
  const existing = await db.passkey.findMany({
    where: { userId: user.id },
    select: { id: true, transports: true },
  });
  const options = await generateRegistrationOptions({
    rpName: rp.name,
    rpID: rp.id,
    userID: user.id,
    userName: user.email,
    userDisplayName: user.name ?? user.email,
    attestationType: "none",
    excludeCredentials: existing.map((passkey) => ({
      id: Buffer.from(passkey.id, "base64url"),
      type: "public-key" as const,
      transports: passkey.transports as AuthenticatorTransportFuture[],
    })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  const challengeId = await storeChallenge(
    db,
    { challenge: options.challenge, purpose: "register", userId: user.id },
    now,
  );
  return { challengeId, options };
}

export type PasskeyResult<T = object> =
  ({ ok: true } & T) | { ok: false; reason: "expired" | "invalid" | "unknown-passkey" | "too-many" };

export async function finishPasskeyRegistration(
  db: DbClient,
  input: {
    userId: string;
    challengeId: string | undefined;
    response: unknown;
    name: string;
    userAgent: string | null;
    address: string;
  },
  now = new Date(),
): Promise<PasskeyResult<{ name: string }>> {
  const challenge = await takeChallenge(db, input.challengeId, "register", now);
  if (!challenge || challenge.userId !== input.userId) return { ok: false, reason: "expired" };
  const parsed = registrationShape.safeParse(input.response);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const rp = relyingParty();
  const verification = await verifyRegistrationResponse({
    response: parsed.data as RegistrationResponseJSON,
    expectedChallenge: challenge.challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
  }).catch(() => null);
  const info = verification?.verified ? verification.registrationInfo : undefined;
  if (!info) return { ok: false, reason: "invalid" };
  const count = await db.passkey.count({ where: { userId: input.userId } });
  if (count >= MAX_PASSKEYS) return { ok: false, reason: "too-many" };
  const name = input.name || `Passkey ${count + 1}`;
  await db.$transaction(async (tx) => {
    await tx.passkey.create({
      data: {
        id: Buffer.from(info.credentialID).toString("base64url"),
        userId: input.userId,
        publicKey: Buffer.from(info.credentialPublicKey),
        counter: BigInt(info.counter),
        transports: parsed.data.response.transports ?? [],
        name,
      },
    });
    await recordSecurityEvent(
      tx,
      input.userId,
      { kind: "passkey-added", detail: name, userAgent: input.userAgent, address: input.address },
      now,
    );
  });
  return { ok: true, name };
}

/** Options for a sign-in: any of this site's passkeys, or (second factor) only the account's own. */
export async function startPasskeySignIn(
  db: DbClient,
  input: { userId: string | null },
  now = new Date(),
): Promise<{ challengeId: string; options: PublicKeyCredentialRequestOptionsJSON }> {
  const rp = relyingParty();
  const own = input.userId
    ? await db.passkey.findMany({ where: { userId: input.userId }, select: { id: true, transports: true } })
    : [];
  const options = await generateAuthenticationOptions({
    rpID: rp.id,
    userVerification: "required",
    allowCredentials: own.map((passkey) => ({
      id: Buffer.from(passkey.id, "base64url"),
      type: "public-key" as const,
      transports: passkey.transports as AuthenticatorTransportFuture[],
    })),
  });
  const purpose = input.userId ? "second-factor" : "sign-in";
  const challengeId = await storeChallenge(
    db,
    { challenge: options.challenge, purpose, userId: input.userId },
    now,
  );
  return { challengeId, options };
}

/** Checks the browser's answer; returns whose passkey signed it. */
export async function finishPasskeySignIn(
  db: DbClient,
  input: { challengeId: string | undefined; response: unknown; userId: string | null },
  now = new Date(),
): Promise<PasskeyResult<{ userId: string }>> {
  const purpose = input.userId ? "second-factor" : "sign-in";
  const challenge = await takeChallenge(db, input.challengeId, purpose, now);
  if (!challenge || challenge.userId !== input.userId) return { ok: false, reason: "expired" };
  const parsed = authenticationShape.safeParse(input.response);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const passkey = await db.passkey.findUnique({ where: { id: parsed.data.id } });
  if (!passkey || (input.userId && passkey.userId !== input.userId))
    return { ok: false, reason: "unknown-passkey" };
  const rp = relyingParty();
  const verification = await verifyAuthenticationResponse({
    response: parsed.data,
    expectedChallenge: challenge.challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.id,
    requireUserVerification: true,
    authenticator: {
      credentialID: Buffer.from(passkey.id, "base64url"),
      credentialPublicKey: new Uint8Array(passkey.publicKey),
      counter: Number(passkey.counter),
      transports: passkey.transports as AuthenticatorTransportFuture[],
    },
  }).catch(() => null);
  if (!verification?.verified) return { ok: false, reason: "invalid" };
  await db.passkey.update({
    where: { id: passkey.id },
    data: { counter: BigInt(verification.authenticationInfo.newCounter), lastUsedAt: now },
  });
  return { ok: true, userId: passkey.userId };
}

export async function removePasskey(
  db: DbClient,
  input: { userId: string; passkeyId: string; userAgent: string | null; address: string },
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const passkey = await tx.passkey.findFirst({
      where: { id: input.passkeyId, userId: input.userId },
      select: { name: true },
    });
    if (!passkey) return false;
    await tx.passkey.delete({ where: { id: input.passkeyId } });
    await recordSecurityEvent(
      tx,
      input.userId,
      { kind: "passkey-removed", detail: passkey.name, userAgent: input.userAgent, address: input.address },
      now,
    );
    return true;
  });
}
