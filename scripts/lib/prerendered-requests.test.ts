import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { PRERENDERED_REQUEST_HEADER, prerenderedPageOf } from "./prerendered-requests";

const pages = new Set(["/", "/roles", "/compare/a-vs-b", "/dashboard"]);
const isPrerendered = (page: string) => pages.has(page);

describe("prerenderedPageOf", () => {
  it("names the page of a GET or HEAD of a prerendered page, with or without a query", () => {
    expect(prerenderedPageOf("GET", "/", isPrerendered)).toBe("/");
    expect(prerenderedPageOf("HEAD", "/roles", isPrerendered)).toBe("/roles");
    expect(prerenderedPageOf("GET", "/compare/a-vs-b?utm_source=x", isPrerendered)).toBe("/compare/a-vs-b");
  });

  it("leaves everything else to proxy.ts", () => {
    expect(prerenderedPageOf("POST", "/roles", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("OPTIONS", "/roles", isPrerendered)).toBeNull();
    expect(prerenderedPageOf(undefined, "/roles", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("GET", "/questions", isPrerendered)).toBeNull();
    // Next.js redirects a trailing slash and decodes escapes: proxy.ts sees those first.
    expect(prerenderedPageOf("GET", "/roles/", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("GET", "/compare/a%2Dvs-b", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("GET", "//roles", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("GET", "http://evil.example/roles", isPrerendered)).toBeNull();
    expect(prerenderedPageOf("GET", undefined, isPrerendered)).toBeNull();
  });

  it("never names a personal page, even one a build wrote out", () => {
    expect(prerenderedPageOf("GET", "/dashboard", isPrerendered)).toBeNull();
  });

  it("uses the header name proxy.ts's matcher spells out", () => {
    const proxy = readFileSync(new URL("../../proxy.ts", import.meta.url), "utf8");
    expect(proxy).toContain(`missing: [{ type: "header", key: "${PRERENDERED_REQUEST_HEADER}" }]`);
  });
});
