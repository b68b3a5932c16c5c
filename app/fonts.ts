import localFont from "next/font/local";

// Geist, cut to the characters and weights the site uses by scripts/subset-fonts.ts (23 kB instead
// of 68; issue 18), preloaded. Code is set in the system's monospace face (ui-monospace, SF Mono,
// Menlo, Consolas: app/globals.css): Geist Mono was another 24 kB on every page that shows code,
// fetched late (only once a code block is laid out) and on the way to its largest paint.
// next/font sizes a fallback face to Geist's metrics, so the swap moves nothing (CLS 0).

export const geistSans = localFont({
  src: "./fonts/geist-sans-subset.woff2",
  variable: "--font-geist-sans",
  weight: "400 700",
  display: "swap",
  preload: true,
});
