import { Secret, TOTP } from "otpauth";

// Time-based one-time passwords (RFC 6238) as every authenticator app reads them: SHA-1, six
// digits, 30-second steps. A code is accepted one step either side of now (clock drift), and never
// from a step at or before the last one accepted (a replay), so each code works once.

export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
const WINDOW_STEPS = 1;

function totpFor(secretBase32: string, label = "account", issuer = "") {
  return new TOTP({
    issuer,
    label,
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A new secret: 160 random bits, base32, as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totpFor(secretBase32, account, issuer).toString();
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a moment (tests, and the set-up page's self-check). */
export function totpCode(secretBase32: string, now: Date): string {
  return totpFor(secretBase32).generate({ timestamp: now.getTime() });
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: "wrong" | "replayed" };

/** Checks a six-digit code (already known to be six ASCII digits) against the secret. */
export function checkTotp(
  secretBase32: string,
  code: string,
  now: Date,
  lastAcceptedStep: number | null,
): TotpCheck {
  const delta = totpFor(secretBase32).validate({
    token: code,
    timestamp: now.getTime(),
    window: WINDOW_STEPS,
  });
  if (delta === null) return { ok: false, reason: "wrong" };
  const step = totpStep(now) + delta;
  if (lastAcceptedStep !== null && step <= lastAcceptedStep) return { ok: false, reason: "replayed" };
  return { ok: true, step };
}
