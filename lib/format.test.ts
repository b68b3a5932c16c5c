import fc from "fast-check";
import { describe, expect, it } from "vitest";

import {
  formatMonth,
  formatPercentRounded,
  formatRatio,
  formatShare,
  formatUsd,
  formatUsdChange,
} from "./format";

describe("formatShare", () => {
  it.each([
    [0.46, "46%"],
    [0.069, "6.9%"],
    [0.675, "67.5%"],
    [1, "100%"],
    [0, "0%"],
    [0.046, "4.6%"],
    [0.5, "50%"],
    [0.4999, "50%"],
    [0.0004, "0%"],
    [-0, "0%"],
    [-0.0001, "0%"],
    [1.234, "123.4%"],
  ])("formats %s as %s", (value, expected) => {
    expect(formatShare(value)).toBe(expected);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("rejects %s", (value) => {
    expect(() => formatShare(value)).toThrow(RangeError);
  });

  it("prints at most one decimal, never a trailing .0, and parses back to within 0.05 points", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (value) => {
        const text = formatShare(value);
        expect(text).toMatch(/^\d+(\.\d)?%$/);
        expect(text).not.toMatch(/\.0%$/);
        // The tolerance is half a tenth of a point, plus a hair for floating-point noise.
        expect(Math.abs(Number.parseFloat(text) - value * 100)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });
});

describe("money and ratios", () => {
  it("writes dollars, signed premiums, rounded percentages, ratios and months", () => {
    expect(formatUsd(151_500)).toBe("$151,500");
    expect(formatUsdChange(31_000)).toBe("+$31,000");
    expect(formatUsdChange(-3_700)).toBe("-$3,700");
    expect(formatPercentRounded(42_800 / 151_500)).toBe("28%");
    expect(formatRatio(7_317 / 4_718)).toBe("1.55×");
    expect(formatMonth("2026-06")).toBe("June 2026");
  });
});
