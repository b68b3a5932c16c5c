import { describe, expect, it } from "vitest";

import { clockText, spokenTime } from "./time-text";

describe("time text", () => {
  it("shows clocks as m:ss, and h:mm:ss past an hour", () => {
    expect([0, 9, 65, 1_800, 3_909].map(clockText)).toEqual(["0:00", "0:09", "1:05", "30:00", "1:05:09"]);
  });

  it("reads durations in words", () => {
    expect([0, 1, 60, 245].map(spokenTime)).toEqual([
      "0 seconds",
      "1 second",
      "1 minute",
      "4 minutes 5 seconds",
    ]);
  });
});
