import { createHash, randomBytes } from "node:crypto";

// Random tokens that travel to a browser or a mailbox (mailed links, the half-signed-in cookie):
// 256 random bits, base64url. Only their SHA-256 is stored; with that much randomness a plain hash
// is enough (nothing to guess), and a copy of the database opens nothing.

const TOKEN_BYTES = 32;
/** base64url of 32 bytes: 43 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
