import "server-only";

import { randomBytes } from "node:crypto";

import type { DbClient } from "@/lib/db-client";

import { describeUserAgent, sessionIdle, sessionNeedsTouch } from "./session-policy";

// The server side of sessions (issue 12): one row per signed-in browser, named by the id in its
// session token. Every request checks the row, so signing out ends exactly that session, and
// ending them all is deleting the user's rows. Each function takes the database client, like the
// rest of lib/, so the integration tests drive exactly this code.

export interface ActiveSession {
  userId: string;
  name: string | null;
  email: string | null;
}

/** A new session id: 128 random bits, as the token carries it. */
export function newSessionId(): string {
  return randomBytes(16).toString("base64url");
}

export async function startSession(
  db: DbClient,
  input: { userId: string; userAgent: string | null; address: string | null },
): Promise<string> {
  const id = newSessionId();
  await db.userSession.create({
    data: { id, userId: input.userId, userAgent: describeUserAgent(input.userAgent), address: input.address },
  });
  return id;
}

/**
 * The session's user, or null when the session was ended, belongs to someone else, or has been
 * idle too long. Database errors are thrown, not read as "signed out": an outage must not look
 * like a sign-out (issue 12).
 */
export async function findActiveSession(
  db: DbClient,
  input: { sessionId: string; userId: string },
  now = new Date(),
): Promise<ActiveSession | null> {
  const row = await db.userSession.findUnique({
    where: { id: input.sessionId },
    select: { userId: true, lastSeenAt: true, user: { select: { name: true, email: true } } },
  });
  if (!row || row.userId !== input.userId) return null;
  if (sessionIdle(row.lastSeenAt, now)) {
    await db.userSession.deleteMany({ where: { id: input.sessionId } });
    return null;
  }
  if (sessionNeedsTouch(row.lastSeenAt, now)) {
    await db.userSession.updateMany({ where: { id: input.sessionId }, data: { lastSeenAt: now } });
  }
  return { userId: row.userId, name: row.user.name, email: row.user.email };
}

/** Ends one session (sign out). */
export async function endSession(db: DbClient, sessionId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of the user, this one included (sign out everywhere, password change). */
export async function endAllSessions(db: Pick<DbClient, "userSession">, userId: string): Promise<void> {
  await db.userSession.deleteMany({ where: { userId } });
}
