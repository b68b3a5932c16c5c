import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it, vi } from "vitest";

import { THEME_INIT_SCRIPT_HASH } from "./csp";
import { CSP_MANIFEST, oauthFormOrigins, pagePolicies } from "./page-policies";

function distWith(manifest: Record<string, string[]>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "csp-"));
  writeFileSync(path.join(dir, CSP_MANIFEST), JSON.stringify(manifest));
  return dir;
}

const base = { development: false, formOrigins: [], upgradeInsecureRequests: false };

describe("pagePolicies", () => {
  it("gives a prerendered page its own hashes and no nonce, and the same string each time", () => {
    const policies = pagePolicies({
      ...base,
      distDir: distWith({ "/": ["sha256-home"], "/_not-found": ["sha256-404"] }),
    });
    const home = policies.prerendered("/");
    expect(home).toContain(`script-src 'self' '${THEME_INIT_SCRIPT_HASH}' 'sha256-home';`);
    expect(home).not.toContain("nonce");
    expect(policies.prerendered("/")).toBe(home);
    expect(policies.prerendered("/questions")).toBeNull();
  });

  it("gives any other page a fresh nonce, with the not-found page's hashes", () => {
    const policies = pagePolicies({ ...base, distDir: distWith({ "/_not-found": ["sha256-404"] }) });
    const first = policies.withNonce();
    const second = policies.withNonce();
    expect(first.csp).toContain(`'nonce-${first.nonce}' '${THEME_INIT_SCRIPT_HASH}' 'sha256-404'`);
    expect(second.nonce).not.toBe(first.nonce);
  });

  it("vouches for a rendered page's data pushes and the build's own scripts, with no nonce", () => {
    const bootstrap = "(function(){})()";
    const known = `sha256-${createHash("sha256").update(bootstrap).digest("base64")}`;
    const policies = pagePolicies({ ...base, distDir: distWith({ "/": [known] }) });
    const push = 'self.__next_f.push([1,"a"])';
    const { csp, unvouched } = policies.rendered(
      `<script>${push}</script><script>${bootstrap}</script><script>alert(1)</script>`,
    );
    const pushHash = `sha256-${createHash("sha256").update(push).digest("base64")}`;
    expect(csp).toContain(`script-src 'self' '${THEME_INIT_SCRIPT_HASH}' '${pushHash}' '${known}';`);
    expect(csp).not.toContain("nonce");
    expect(unvouched).toBe(1);
  });

  it("prerenders nothing without a build, and says so when the manifest is missing", () => {
    expect(pagePolicies({ ...base, development: true, distDir: null }).prerendered("/")).toBeNull();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const missing = pagePolicies({ ...base, distDir: mkdtempSync(path.join(os.tmpdir(), "csp-")) });
    expect(missing.prerendered("/")).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("is missing"));
    warn.mockRestore();
  });
});

describe("oauthFormOrigins", () => {
  it("names the sign-in page of each configured provider", () => {
    expect(oauthFormOrigins({})).toEqual([]);
    expect(oauthFormOrigins({ AUTH_GITHUB_ID: "x", AUTH_GOOGLE_ID: "y" })).toEqual([
      "https://github.com",
      "https://accounts.google.com",
    ]);
  });
});
