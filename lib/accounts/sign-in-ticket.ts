import "server-only";

import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

import { authSecrets } from "./server-secrets";

// How our own checks hand a verified person to Auth.js. Every way in (password, password and code,
// passkey, a mailed link) is checked by our code, which then calls signIn("ticket") with a ticket
// naming the user: an HMAC over the user id, the method and a one-minute expiry. The ticket is made
// and used within one server request and never reaches a browser; its MAC means that posting to
// Auth.js's callback URL directly, without our checks, signs no one in.

const TICKET_TTL_MS = 60_000;
const KEY_INFO = "gradient-prep/sign-in-ticket/v1";

/**
 * How a sign-in was made, as the security log shows it: "password", "passkey", "email link", or a
 * first factor and a second joined by " + " ("password + code", "github + recovery code").
 */
export type SignInMethod = string;
const METHOD_PATTERN = /^[a-z]+( [a-z]+)*( \+ [a-z]+( [a-z]+)*)?$/;

let ticketKey: Buffer | undefined;
function key(): Buffer {
  ticketKey ??= Buffer.from(hkdfSync("sha256", authSecrets()[0], "", KEY_INFO, 32));
  return ticketKey;
}

function mac(payload: string): Buffer {
  return createHmac("sha256", key()).update(payload).digest();
}

export function issueTicket(userId: string, method: SignInMethod, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ userId, method, expires: now + TICKET_TTL_MS })).toString(
    "base64url",
  );
  return `${payload}.${mac(payload).toString("base64url")}`;
}

export function readTicket(
  ticket: unknown,
  now = Date.now(),
): { userId: string; method: SignInMethod } | null {
  if (typeof ticket !== "string" || ticket.length > 1_000) return null;
  const [payload, signature, extra] = ticket.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const data = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const { userId, method, expires } = data;
    if (
      typeof userId !== "string" ||
      typeof method !== "string" ||
      method.length > 40 ||
      !METHOD_PATTERN.test(method)
    )
      return null;
    if (typeof expires !== "number" || expires < now) return null;
    return { userId, method };
  } catch {
    return null;
  }
}
