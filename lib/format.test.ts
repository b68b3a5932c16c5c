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
    [0.704, "70.4%"],
    [1, "100%"],
    [0, "0%"],
  ])("%s → %s", (value, text) => {
    expect(formatShare(value)).toBe(text);
  });

  it("reads back to the same share", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (tenths) => {
        const share = tenths / 1000;
        expect(Number.parseFloat(formatShare(share)) / 100).toBeCloseTo(share, 6);
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
