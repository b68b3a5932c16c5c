import { describe, expect, it } from "vitest";

import {
  isCrossSiteWrite,
  isDecodablePath,
  isPersonalPath,
  needsDatabase,
  normalisePath,
} from "./request-checks";

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

describe("isDecodablePath", () => {
  it("accepts every path whose escapes decode, and refuses the rest", () => {
    expect(isDecodablePath("/questions/window-functions")).toBe(true);
    expect(isDecodablePath("/questions/caf%C3%A9")).toBe(true);
    for (const bad of [
      "/api/questions/%ff/progress",
      "/api/notes/%",
      "/questions/%zz",
      "/a/%E0%A4%A",
      "/api/notes/%00",
      "/a%0Ab",
    ]) {
      expect(isDecodablePath(bad)).toBe(false);
    }
  });
});

describe("needsDatabase", () => {
  const needs = (pathname: string, { method = "GET", signedIn = false } = {}) =>
    needsDatabase({ pathname, method, signedIn });

  it("serves prerendered public pages and the health check without it", () => {
    for (const path of [
      "/",
      "/roles/data-scientist",
      "/questions/some-question",
      "/compare",
      "/api/health",
    ]) {
      expect(needs(path, { signedIn: true })).toBe(false);
    }
    expect(needs("/sign-in")).toBe(false);
  });

  it("needs it for the question search, personal pages, form posts and the API", () => {
    expect(needs("/questions")).toBe(true);
    expect(needs("/dashboard", { signedIn: true })).toBe(true);
    expect(needs("/sign-in", { signedIn: true })).toBe(true);
    expect(needs("/sign-in", { method: "POST" })).toBe(true);
    expect(needs("/api/attempts", { method: "POST" })).toBe(true);
  });

  it("lets a signed-out visitor's progress and plan requests through (they answer signedIn: false)", () => {
    expect(needs("/api/questions/q/progress")).toBe(false);
    expect(needs("/api/plan")).toBe(false);
    expect(needs("/api/questions/q/progress", { signedIn: true })).toBe(true);
  });
});
