import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

// Secrets the server must read back (the TOTP seeds) are kept sealed with AES-256-GCM under a key
// derived from AUTH_SECRET, so a copy of the database alone does not hold working second factors.
// Several keys may be given to open(): the current one first, then the one a rotation replaced
// (AUTH_SECRET_PREVIOUS); the caller seals again with the first when an older one was needed.

const VERSION = "v1";
const KEY_INFO = "gradient-prep/totp-secret/v1";

export function deriveSecretKey(authSecret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "", KEY_INFO, 32));
}

export function seal(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, iv, ciphertext, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

export interface Opened {
  plaintext: string;
  /** Which of the keys opened it: 0 is the current one; more means "seal it again". */
  keyIndex: number;
}

/** The plaintext, or null when no key opens it (a rotated-out key, or a tampered value). */
export function open(sealed: string, keys: readonly Buffer[]): Opened | null {
  const [version, iv, ciphertext, tag, extra] = sealed.split(".");
  if (version !== VERSION || !iv || !ciphertext || !tag || extra !== undefined) return null;
  for (const [keyIndex, key] of keys.entries()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
      decipher.setAuthTag(Buffer.from(tag, "base64url"));
      const plaintext = Buffer.concat([
        decipher.update(Buffer.from(ciphertext, "base64url")),
        decipher.final(),
      ]).toString("utf8");
      return { plaintext, keyIndex };
    } catch {
      // Not this key: try the next.
    }
  }
  return null;
}
