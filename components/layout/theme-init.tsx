"use client";

import { THEME_INIT_SCRIPT } from "@/lib/theme/theme-init-script";

/**
 * The inline script in every page's <head> that applies the colour theme before the first paint
 * (lib/theme/theme-init-script.ts says what else it does, and why it is an async module that blocks
 * rendering). A client component, so that its text travels in the layout's script, fetched once and
 * kept by the browser, and not again in every page's RSC payload beside the HTML.
 */
export function ThemeInit() {
  return (
    <script type="module" async blocking="render" dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
  );
}
