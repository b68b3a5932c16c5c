import { describe, expect, it } from "vitest";

import { COMMON_PASSWORDS_TEXT } from "./common-passwords";
import { PASSWORD_MAX_LENGTH } from "./limits";
import { characterCount, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts ten characters of anything, with no composition rules", () => {
    expect(passwordProblem("correcthor")).toBeNull();
    expect(passwordProblem("          ")).toBeNull();
  });

  it("rejects nine characters and says how many there were", () => {
    expect(passwordProblem("ninechars")).toBe("Use at least 10 characters (this one has 9).");
  });

  it("counts characters, not bytes or UTF-16 units", () => {
    // Five emoji are ten UTF-16 units and twenty bytes, but five characters.
    expect(characterCount("🔑🔑🔑🔑🔑")).toBe(5);
    expect(passwordProblem("🔑🔑🔑🔑🔑")).toMatch(/at least 10/);
    expect(passwordProblem("🔑".repeat(10))).toBeNull();
  });

  it("accepts 64 and up to the maximum without truncating, and rejects longer", () => {
    expect(passwordProblem("a-long passphrase ".repeat(4).slice(0, 64))).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH - 1) + "y")).toBeNull();
    expect(passwordProblem("x".repeat(PASSWORD_MAX_LENGTH + 1))).toMatch(/at most 256/);
  });

  it("ships 3,000 common passwords and rejects them in any letter case", () => {
    const list = COMMON_PASSWORDS_TEXT.split("\n").filter(Boolean);
    expect(list).toHaveLength(3000);
    expect(passwordProblem("password123")).toMatch(/most common/);
    expect(passwordProblem("PassWord123")).toMatch(/most common/);
    expect(passwordProblem("qwertyuiop")).toMatch(/most common/);
  });

  it("refuses the site's name however it is spaced or cased, not words that merely share letters", () => {
    expect(passwordProblem("GradientPrep2026!")).toMatch(/site's name/);
    expect(passwordProblem("my gradient-prep password")).toMatch(/site's name/);
    expect(passwordProblem("gradient descent prep notes")).toBeNull();
  });
});
