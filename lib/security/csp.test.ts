import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { THEME_INIT_SCRIPT } from "@/lib/theme/theme-init-script";

import { buildCsp, inlineScriptHashes, isDataPush, RUNNER_WORKER_CSP, vouchedInlineScripts } from "./csp";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("buildCsp", () => {
  it("never allows inline scripts wholesale and forbids framing", () => {
    const csp = buildCsp({ nonce: "abc" });
    expect(csp).toContain(`script-src 'self' 'nonce-abc' '${sha(THEME_INIT_SCRIPT)}';`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).not.toContain("unsafe-eval");
  });

  it("lists hashes for a prerendered page, eval only in development, and OAuth form targets", () => {
    const csp = buildCsp({
      scriptHashes: ["sha256-AAA"],
      development: true,
      formOrigins: ["https://github.com"],
      upgradeInsecureRequests: true,
    });
    expect(csp).toContain(`script-src 'self' '${sha(THEME_INIT_SCRIPT)}' 'sha256-AAA' 'unsafe-eval';`);
    expect(csp).toContain("form-action 'self' https://github.com");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("allows the inlined theme script on every page, and lists it once when a page's hashes hold it too", () => {
    const theme = `'${sha(THEME_INIT_SCRIPT)}'`;
    for (const csp of [buildCsp({}), buildCsp({ nonce: "abc" }), buildCsp({ scriptHashes: ["sha256-AAA"] })])
      expect(csp).toContain(theme);
    const both = buildCsp({ scriptHashes: [sha(THEME_INIT_SCRIPT), "sha256-AAA"] });
    expect(both.split(theme)).toHaveLength(2);
  });
});

describe("the pages and the runner's workers", () => {
  it("allow WebAssembly only in the workers, which reach nothing but this site", () => {
    expect(buildCsp({ nonce: "abc" })).not.toContain("wasm-unsafe-eval");
    expect(RUNNER_WORKER_CSP).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
    );
  });
});

describe("inlineScriptHashes", () => {
  it("hashes inline scripts exactly as written and skips external scripts and data blocks", () => {
    const html = [
      '<script src="/_next/static/chunks/a.js"></script>',
      '<script>self.__next_f.push([1,"a"])</script>',
      '<script type="application/ld+json">{"@type":"FAQPage"}</script>',
      '<script async="">(self.__next_s=self.__next_s||[]).push(1)</script>',
      '<script>self.__next_f.push([1,"a"])</script>',
    ].join("");
    expect(inlineScriptHashes(html)).toEqual([
      sha('self.__next_f.push([1,"a"])'),
      sha("(self.__next_s=self.__next_s||[]).push(1)"),
    ]);
  });
});

describe("isDataPush", () => {
  it("accepts Next.js's own data pushes, as the production build writes them", () => {
    expect(isDataPush("(self.__next_f=self.__next_f||[]).push([0])")).toBe(true);
    expect(isDataPush('self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])')).toBe(true);
    expect(isDataPush("self.__next_f.push([2,null])")).toBe(true);
    expect(
      isDataPush(
        '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});',
      ),
    ).toBe(true);
  });

  it("refuses anything that runs code besides the push", () => {
    expect(isDataPush("self.__next_f.push([1]),alert(1),([1])")).toBe(false);
    expect(isDataPush("self.__next_f.push([1]);alert(1)")).toBe(false);
    expect(isDataPush("self.__next_f.push(alert(1))")).toBe(false);
    expect(isDataPush("self.__next_f.push([1])//")).toBe(false);
    expect(isDataPush("self.__next_f.push()")).toBe(false);
    expect(isDataPush(" self.__next_f.push([1])")).toBe(false);
    expect(isDataPush("alert(1);self.__next_f.push([1])")).toBe(false);
    expect(isDataPush("$RC=function(b,c){};$RC('B:0','S:0')")).toBe(false);
  });
});

describe("vouchedInlineScripts", () => {
  it("hashes the data pushes and the scripts the build knows, and counts the rest without hashing them", () => {
    const known = "(function(){document.documentElement.dataset.x='1'})()";
    const html = [
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script>self.__next_f.push([1,"0:[]\\n"])</script>',
      `<script>${known}</script>`,
      `<script type="module" async="" blocking="render">${THEME_INIT_SCRIPT}</script>`,
      "<script>alert(document.cookie)</script>",
      '<script type="application/ld+json">{"a":1}</script>',
    ].join("");
    const result = vouchedInlineScripts(html, new Set([sha(known)]));
    expect(result.hashes).toEqual([
      sha("(self.__next_f=self.__next_f||[]).push([0])"),
      sha('self.__next_f.push([1,"0:[]\\n"])'),
      sha(known),
      sha(THEME_INIT_SCRIPT),
    ]);
    expect(result.unvouched).toBe(1);
  });
});
