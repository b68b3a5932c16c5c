import { describe, expect, it } from "vitest";

import { checkTotp, newTotpSecret, totpCode, totpStep, totpUri } from "./totp";

// RFC 6238 appendix B: the SHA-1 seed is the ASCII "12345678901234567890"; its 8-digit codes at
// 59 s and 1111111109 s are 94287082 and 07081804, so the 6-digit codes are their last six digits.
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("TOTP", () => {
  it("matches the RFC 6238 test vectors", () => {
    expect(totpCode(RFC_SECRET, new Date(59_000))).toBe("287082");
    expect(totpCode(RFC_SECRET, new Date(1_111_111_109_000))).toBe("081804");
  });

  it("accepts the code of the step before and after now, not two away", () => {
    const now = new Date(1_800_000_015_000);
    const step = totpStep(now);
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, now), now, null)).toEqual({ ok: true, step });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 30_000)), now, null)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() + 30_000)), now, null)).toEqual({
      ok: true,
      step: step + 1,
    });
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 60_000)), now, null)).toEqual({
      ok: false,
      reason: "wrong",
    });
  });

  it("refuses a code from the last accepted step or before it: each code works once", () => {
    const now = new Date(1_800_000_015_000);
    const step = totpStep(now);
    const code = totpCode(RFC_SECRET, now);
    expect(checkTotp(RFC_SECRET, code, now, step)).toEqual({ ok: false, reason: "replayed" });
    expect(checkTotp(RFC_SECRET, code, now, step - 1)).toEqual({ ok: true, step });
    // The previous step's code, after this step's was used: also a replay.
    expect(checkTotp(RFC_SECRET, totpCode(RFC_SECRET, new Date(now.getTime() - 30_000)), now, step)).toEqual({
      ok: false,
      reason: "replayed",
    });
  });

  it("makes 160-bit base32 secrets and an otpauth URI apps read", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
    const uri = new URL(totpUri(secret, "ada@example.com", "Gradient Prep"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Gradient Prep");
    expect(uri.searchParams.get("digits")).toBe("6");
    expect(uri.searchParams.get("period")).toBe("30");
  });
});
