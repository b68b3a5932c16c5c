import { describe, expect, it } from "vitest";

import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("uses the address Next.js recorded when there is no proxy", () => {
    expect(clientAddress("203.0.113.7", 0)).toBe("203.0.113.7");
  });

  it("behind one proxy, takes the entry that proxy appended, not what the client sent", () => {
    expect(clientAddress("1.1.1.1, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("9.9.9.9, 1.1.1.1, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
  });

  it("copes with a missing or short header", () => {
    expect(clientAddress(null, 0)).toBe("unknown");
    expect(clientAddress(" , ", 1)).toBe("unknown");
    expect(clientAddress("203.0.113.7", 3)).toBe("203.0.113.7");
  });

  it("bounds the length", () => {
    expect(clientAddress("x".repeat(500), 0)).toHaveLength(64);
  });
});
