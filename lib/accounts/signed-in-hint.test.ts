import { describe, expect, it } from "vitest";

import { hasSignedInHint } from "./signed-in-hint";

describe("hasSignedInHint", () => {
  it("finds the hint among other cookies, and nothing that merely resembles it", () => {
    expect(hasSignedInHint("theme=dark; signed_in=1")).toBe(true);
    expect(hasSignedInHint("signed_in=1")).toBe(true);
    expect(hasSignedInHint("")).toBe(false);
    expect(hasSignedInHint("not_signed_in=1; theme=dark")).toBe(false);
  });
});
