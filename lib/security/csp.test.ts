import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { buildCsp, inlineScriptHashes, RUNNER_WORKER_CSP } from "./csp";

const sha = (text: string) => `sha256-${createHash("sha256").update(text).digest("base64")}`;

describe("buildCsp", () => {
  it("never allows inline scripts wholesale and forbids framing", () => {
    const csp = buildCsp({ nonce: "abc" });
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
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
    expect(csp).toContain("script-src 'self' 'sha256-AAA' 'unsafe-eval'");
    expect(csp).toContain("form-action 'self' https://github.com");
    expect(csp).toContain("upgrade-insecure-requests");
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
      '<script src="/theme-init.js"></script>',
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
