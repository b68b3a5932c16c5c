import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";

import { THEME_INIT_SCRIPT } from "./theme-init-script";

/** Runs the script against a stand-in document with these cookies; returns <html>'s attributes. */
function runWithCookies(cookie: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const documentElement = {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  };
  const window = { localStorage: { getItem: () => null }, addEventListener: () => {} };
  vm.runInNewContext(THEME_INIT_SCRIPT, { window, document: { cookie, documentElement } });
  return attributes;
}

describe("THEME_INIT_SCRIPT", () => {
  it("applies the theme before the first frame: no stored choice follows the system (light here)", () => {
    const attributes = runWithCookies("");
    expect(attributes.get("data-theme")).toBe("light");
    expect(attributes.get("data-theme-choice")).toBe("system");
  });

  // The script cannot import lib/accounts/signed-in-hint.ts (it is a fixed string, hashed for the
  // CSP), so it repeats the cookie's name; these cases keep the two in step.
  it.each(["theme=dark; signed_in=1", "signed_in=1", "", "not_signed_in=1; theme=dark", "signed_inx=1"])(
    "marks <html data-signed-in> exactly when hasSignedInHint does: %j",
    (cookie) => {
      expect(runWithCookies(cookie).has("data-signed-in")).toBe(hasSignedInHint(cookie));
    },
  );
});
