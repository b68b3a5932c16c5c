import "server-only";

import type { DbClient } from "@/lib/db-client";

import { describeUserAgent } from "./session-policy";

// The account's security log (issue 15): what /account shows under "Security activity", so a
// person can spot a sign-in or a change that was not theirs.

export const SECURITY_EVENT_LABELS = {
  "sign-in": "Signed in",
  "password-changed": "Password changed",
  "password-reset": "Password reset by email",
  "email-verified": "Email confirmed",
  "two-factor-enabled": "Two-factor sign-in turned on",
  "two-factor-disabled": "Two-factor sign-in turned off",
  "recovery-codes-regenerated": "New recovery codes made",
  "recovery-code-used": "Recovery code used",
  "passkey-added": "Passkey added",
  "passkey-removed": "Passkey removed",
  "data-exported": "Data exported",
} as const;

export type SecurityEventKind = keyof typeof SECURITY_EVENT_LABELS;

export interface SecurityEventInput {
  kind: SecurityEventKind;
  detail?: string | null;
  /** The raw User-Agent header; only a coarse description ("Chrome on Linux") is kept. */
  userAgent?: string | null;
  address?: string | null;
}

/** A year of events is plenty to notice something; older ones are cleared now and then. */
const RETENTION_MS = 365 * 24 * 3600_000;
const PRUNE_CHANCE = 0.02;

export async function recordSecurityEvent(
  db: Pick<DbClient, "securityEvent">,
  userId: string,
  event: SecurityEventInput,
  now = new Date(),
  random: () => number = Math.random,
): Promise<void> {
  await db.securityEvent.create({
    data: {
      userId,
      kind: event.kind,
      detail: event.detail ?? null,
      userAgent: describeUserAgent(event.userAgent),
      address: event.address ?? null,
      createdAt: now,
    },
  });
  if (random() < PRUNE_CHANCE) {
    await db.securityEvent.deleteMany({
      where: { createdAt: { lt: new Date(now.getTime() - RETENTION_MS) } },
    });
  }
}

export interface SecurityEventView {
  id: string;
  label: string;
  detail: string | null;
  userAgent: string | null;
  address: string | null;
  createdAt: Date;
}

export async function listSecurityEvents(
  db: DbClient,
  userId: string,
  limit = 20,
): Promise<SecurityEventView[]> {
  const rows = await db.securityEvent.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, detail: true, userAgent: true, address: true, createdAt: true },
  });
  return rows.map(({ kind, ...row }) => ({
    ...row,
    label: SECURITY_EVENT_LABELS[kind as SecurityEventKind] ?? kind,
  }));
}
