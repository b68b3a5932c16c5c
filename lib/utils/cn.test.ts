import { describe, expect, it } from "vitest";

import { cn } from "./cn";

describe("cn", () => {
  it("joins the classes it is given and drops false, null and undefined", () => {
    expect(cn("a", false, null, undefined, "b", { c: true, d: false })).toBe("a b c");
  });

  // test/support/no-class-conflicts.ts wraps cn in every unit test.
  it("fails a test whose classes conflict, since joining cannot say which one wins", () => {
    expect(() => cn("p-4 text-sm", "p-5")).toThrow(/p-4 conflict with a later class/);
    expect(() => cn("scroll-hint flex", "hidden")).toThrow(/flex conflict/);
    expect(cn("text-title text-foreground", "mt-4")).toBe("text-title text-foreground mt-4");
  });
});
