import { describe, expect, it } from "vitest";

import { deriveSecretKey, open, seal } from "./secret-box";

const current = deriveSecretKey("the current AUTH_SECRET, 32 chars or more");
const previous = deriveSecretKey("the previous AUTH_SECRET, before rotation");

describe("secret box", () => {
  it("opens what it sealed, and the sealed text does not contain the secret", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", current);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(open(sealed, [current])).toEqual({ plaintext: "JBSWY3DPEHPK3PXP", keyIndex: 0 });
    // A fresh nonce each time: the same secret seals differently.
    expect(seal("JBSWY3DPEHPK3PXP", current)).not.toBe(sealed);
  });

  it("says which key opened it, so a rotation can seal again with the current one", () => {
    const sealedBefore = seal("JBSWY3DPEHPK3PXP", previous);
    expect(open(sealedBefore, [current, previous])).toEqual({ plaintext: "JBSWY3DPEHPK3PXP", keyIndex: 1 });
    expect(open(sealedBefore, [current])).toBeNull();
  });

  it("refuses a tampered or malformed value", () => {
    const sealed = seal("JBSWY3DPEHPK3PXP", current);
    const [version, iv, ciphertext, tag] = sealed.split(".");
    // Change the next-to-last character, always to a different one (the last may carry only
    // padding bits); choosing by another character left it unchanged about once in 64 runs.
    const at = ciphertext!.length - 2;
    const flipped = `${ciphertext!.slice(0, at)}${ciphertext![at] === "A" ? "B" : "A"}${ciphertext!.slice(at + 1)}`;
    expect(flipped).not.toBe(ciphertext);
    expect(open([version, iv, flipped, tag].join("."), [current])).toBeNull();
    expect(open("v1.only.three", [current])).toBeNull();
    expect(open("v2.a.b.c", [current])).toBeNull();
    expect(open(`${sealed}.extra`, [current])).toBeNull();
  });
});
