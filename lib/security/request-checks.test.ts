import { describe, expect, it } from "vitest";

import { isCrossSiteWrite, isPersonalPath, normalisePath } from "./request-checks";

const post = (overrides: Partial<Parameters<typeof isCrossSiteWrite>[0]>) =>
  isCrossSiteWrite({
    method: "POST",
    secFetchSite: "same-origin",
    origin: "https://app.example",
    host: "app.example",
    ...overrides,
  });

describe("isCrossSiteWrite", () => {
  it("lets same-origin writes and every read through", () => {
    expect(post({})).toBe(false);
    expect(
      isCrossSiteWrite({ method: "GET", secFetchSite: "cross-site", origin: null, host: "app.example" }),
    ).toBe(false);
  });

  it("refuses writes another site starts", () => {
    expect(post({ secFetchSite: "cross-site" })).toBe(true);
    expect(post({ secFetchSite: "same-site", origin: "https://evil.app.example" })).toBe(true);
    expect(post({ secFetchSite: null, origin: "https://evil.example" })).toBe(true);
    expect(post({ secFetchSite: null, origin: "null" })).toBe(true);
    expect(post({ method: "DELETE", secFetchSite: null, origin: "not a url" })).toBe(true);
  });

  it("lets a non-browser client without Origin or Sec-Fetch-Site through (it carries no victim's cookies)", () => {
    expect(post({ secFetchSite: null, origin: null })).toBe(false);
  });
});

describe("isPersonalPath", () => {
  it("matches the signed-in pages and their sub-pages only", () => {
    expect(isPersonalPath("/account")).toBe(true);
    expect(isPersonalPath("/practice/settings")).toBe(true);
    expect(isPersonalPath("/plans-and-pricing")).toBe(false);
    expect(isPersonalPath("/questions")).toBe(false);
  });
});

describe("normalisePath", () => {
  it("drops one trailing slash but keeps the root", () => {
    expect(normalisePath("/roles/")).toBe("/roles");
    expect(normalisePath("/")).toBe("/");
  });
});
