import localFont from "next/font/local";

// Geist and Geist Mono, cut to the characters and weights the site uses by scripts/subset-fonts.ts
// (23 and 24 kB instead of 68 and 70; issue 18). Only the text face is preloaded: most pages show no
// code, and where they do, code appears in the system's monospace face until Geist Mono arrives.
// next/font sizes a fallback face to Geist's metrics, so the swap moves nothing (CLS 0).

export const geistSans = localFont({
  src: "./fonts/geist-sans-subset.woff2",
  variable: "--font-geist-sans",
  weight: "400 700",
  display: "swap",
  preload: true,
});

export const geistMono = localFont({
  src: "./fonts/geist-mono-subset.woff2",
  variable: "--font-geist-mono",
  weight: "400 700",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"],
});
