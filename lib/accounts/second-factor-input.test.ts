import { describe, expect, it } from "vitest";

import { newRecoveryCode, parseSecondFactorInput, SECOND_FACTOR_FORMAT_MESSAGE } from "./second-factor-input";

describe("parseSecondFactorInput", () => {
  it("reads six ASCII digits as an app code, spaces and dashes allowed", () => {
    expect(parseSecondFactorInput("123456")).toEqual({ kind: "totp", code: "123456" });
    expect(parseSecondFactorInput(" 123 456 ")).toEqual({ kind: "totp", code: "123456" });
    expect(parseSecondFactorInput("123-456")).toEqual({ kind: "totp", code: "123456" });
  });

  it("reads a recovery code in any case, with or without its dash", () => {
    expect(parseSecondFactorInput("abcde-23456")).toEqual({ kind: "recovery", code: "abcde-23456" });
    expect(parseSecondFactorInput("ABCDE23456")).toEqual({ kind: "recovery", code: "abcde-23456" });
  });

  it.each([
    ["", "Enter a code."],
    ["12345", "That code has 5 digits; codes from the app have 6."],
    ["1234567", "That code has 7 digits; codes from the app have 6."],
    ["12345a", SECOND_FACTOR_FORMAT_MESSAGE],
    // Arabic-Indic and full-width digits are digits to Unicode, not to us.
    ["١٢٣٤٥٦", SECOND_FACTOR_FORMAT_MESSAGE],
    ["１２３４５６", SECOND_FACTOR_FORMAT_MESSAGE],
    ["abcdi-23456", SECOND_FACTOR_FORMAT_MESSAGE],
  ])("refuses %j with a message", (input, message) => {
    expect(parseSecondFactorInput(input)).toEqual({ kind: "malformed", message });
  });

  it("refuses 10 kB without reading it as anything", () => {
    const result = parseSecondFactorInput("1".repeat(10_000));
    expect(result.kind).toBe("malformed");
    expect(result.kind === "malformed" && result.message).toMatch(/^That is 10,000 characters long\./);
  });

  it("makes recovery codes it reads back, without confusable characters", () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
      expect(code).not.toMatch(/[ilo01]/);
      expect(parseSecondFactorInput(code)).toEqual({ kind: "recovery", code });
    }
    expect(new Set(codes).size).toBe(codes.length);
  });
});
