import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { barLength, isReported } from "./format";

describe("barLength", () => {
  it.each([
    [0.46, "46%"],
    [0.069, "6.9%"],
    [0, "0%"],
    [1, "100%"],
    [1.2, "100%"],
    [-0.1, "0%"],
    [Number.NaN, "0%"],
  ])("draws %s as %s of the track", (value, expected) => {
    expect(barLength(value)).toBe(expected);
  });

  it("always stays within the track", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (value) => {
        const percent = Number.parseFloat(barLength(value));
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe("isReported", () => {
  it("treats null, undefined and NaN as not reported, and zero as a figure", () => {
    expect(isReported(null)).toBe(false);
    expect(isReported(undefined)).toBe(false);
    expect(isReported(Number.NaN)).toBe(false);
    expect(isReported(0)).toBe(true);
    expect(isReported(0.46)).toBe(true);
  });
});
