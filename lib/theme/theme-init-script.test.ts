import vm from "node:vm";

import { describe, expect, it } from "vitest";

import { hasSignedInHint } from "@/lib/accounts/signed-in-hint";

import { THEME_INIT_SCRIPT } from "./theme-init-script";

interface Load {
  cookie?: string;
  hash?: string;
  /** PerformanceNavigationTiming.type; null: a browser without Navigation Timing. */
  navigation?: "navigate" | "reload" | "back_forward" | "prerender" | null;
}

/** Runs the script against a stand-in document; returns <html>'s attributes and the window's listeners. */
function run({ cookie = "", hash = "", navigation = "navigate" }: Load = {}) {
  const attributes = new Map<string, string>();
  const listeners = new Map<string, () => void>();
  const documentElement = {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
  };
  const window = {
    localStorage: { getItem: () => null },
    location: { hash },
    performance:
      navigation === null
        ? undefined
        : {
            getEntriesByType: (type: string) => (type === "navigation" ? [{ type: navigation }] : []),
          },
    addEventListener: (event: string, listener: () => void) => listeners.set(event, listener),
  };
  vm.runInNewContext(THEME_INIT_SCRIPT, { window, document: { cookie, documentElement } });
  return { attributes, listeners };
}

describe("THEME_INIT_SCRIPT", () => {
  it("applies the theme before the first frame: no stored choice follows the system (light here)", () => {
    const { attributes } = run();
    expect(attributes.get("data-theme")).toBe("light");
    expect(attributes.get("data-theme-choice")).toBe("system");
  });

  // The script cannot import lib/accounts/signed-in-hint.ts (it is a fixed string, hashed for the
  // CSP), so it repeats the cookie's name; these cases keep the two in step.
  it.each(["theme=dark; signed_in=1", "signed_in=1", "", "not_signed_in=1; theme=dark", "signed_inx=1"])(
    "marks <html data-signed-in> exactly when hasSignedInHint does: %j",
    (cookie) => {
      expect(run({ cookie }).attributes.has("data-signed-in")).toBe(hasSignedInHint(cookie));
    },
  );

  // A load that lands mid-page lays out the whole of a long page (render-near-view in globals.css).
  it.each([
    [{ navigation: "navigate" }, false],
    [{ navigation: "prerender" }, false],
    [{ navigation: null }, false],
    [{ navigation: "reload" }, true],
    [{ navigation: "back_forward" }, true],
    [{ navigation: "navigate", hash: "#pay" }, true],
    [{ navigation: null, hash: "#pay" }, true],
  ] satisfies [Load, boolean][])("marks <html data-render-all> for %j: %s", (load, marked) => {
    expect(run(load).attributes.has("data-render-all")).toBe(marked);
  });

  it("marks <html data-render-all> from the first back or forward within the document", () => {
    const { attributes, listeners } = run();
    expect(attributes.has("data-render-all")).toBe(false);
    listeners.get("popstate")!();
    expect(attributes.has("data-render-all")).toBe(true);
  });
});
