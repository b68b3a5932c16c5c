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

const WINDOW_HEIGHT = 800;

/**
 * Runs the script against a stand-in document; returns <html>'s attributes, the window's listeners,
 * and a scroll and a click to send it.
 */
function run({ cookie = "", hash = "", navigation = "navigate" }: Load = {}) {
  const attributes = new Map<string, string>();
  const listeners = new Map<string, () => void>();
  const scroll = { y: 0 };
  // Reading offsetHeight is what makes the browser lay the page out at once.
  const layouts = { forced: 0 };
  const documentElement = {
    get offsetHeight() {
      layouts.forced += 1;
      return 10_000;
    },
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
    removeEventListener: (event: string, listener: () => void) => {
      if (listeners.get(event) === listener) listeners.delete(event);
    },
    innerHeight: WINDOW_HEIGHT,
    get scrollY() {
      return scroll.y;
    },
  };
  const clickListeners: ((event: { target: unknown }) => void)[] = [];
  const document = {
    cookie,
    documentElement,
    addEventListener: (event: string, listener: (event: { target: unknown }) => void) => {
      if (event === "click") clickListeners.push(listener);
    },
  };
  vm.runInNewContext(THEME_INIT_SCRIPT, { window, document });
  /** Clicks an element inside a link, or outside any. */
  const click = (onLink: boolean) => {
    const target = { closest: (selector: string) => (onLink && selector === "a[href]" ? {} : null) };
    for (const listener of clickListeners) listener({ target });
  };
  /** Scrolls to `y` and sends the scroll event, while the script still listens for one. */
  const scrollTo = (y: number) => {
    scroll.y = y;
    listeners.get("scroll")?.();
  };
  return { attributes, listeners, scrollTo, click, layouts };
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

  it("marks <html data-render-all> when a link is followed after a jump of more than a window", () => {
    const { attributes, listeners, scrollTo, click, layouts } = run();
    // Reading: a window at a time (Page Down, a fling) lays out what it passes.
    for (let y = 0; y <= 10 * WINDOW_HEIGHT; y += WINDOW_HEIGHT) scrollTo(y);
    // Back to the top of the page, as Next.js scrolls a new page: it lands in the first window.
    scrollTo(WINDOW_HEIGHT - 1);
    click(true);
    expect(attributes.has("data-render-all")).toBe(false);
    scrollTo(WINDOW_HEIGHT * 3);
    expect(listeners.has("scroll"), "no longer listening").toBe(false);
    // Not at the jump: the page would grow under the view.
    expect(attributes.has("data-render-all")).toBe(false);
    click(false);
    expect(attributes.has("data-render-all")).toBe(false);
    click(true);
    expect(attributes.has("data-render-all")).toBe(true);
    // Laid out in the click, before the router swaps the page; once.
    expect(layouts.forced).toBe(1);
    click(true);
    expect(layouts.forced).toBe(1);
  });

  it("counts a jump up the page too, unless it lands in the first window", () => {
    const up = run();
    for (let y = 0; y <= 6 * WINDOW_HEIGHT; y += WINDOW_HEIGHT / 2) up.scrollTo(y);
    up.scrollTo(WINDOW_HEIGHT / 2);
    up.click(true);
    expect(up.attributes.has("data-render-all")).toBe(false);
    for (let y = WINDOW_HEIGHT / 2; y <= 6 * WINDOW_HEIGHT; y += WINDOW_HEIGHT / 2) up.scrollTo(y);
    up.scrollTo(WINDOW_HEIGHT * 1.5);
    up.click(true);
    expect(up.attributes.has("data-render-all")).toBe(true);
  });
});
