import localFont from "next/font/local";

// Geist, cut to the characters and weights the site uses by scripts/subset-fonts.ts (23 kB instead
// of 68; issue 18), preloaded. Code is set in the system's monospace face (ui-monospace, SF Mono,
// Menlo, Consolas: app/globals.css): Geist Mono was another 24 kB on every page that shows code,
// fetched late (only once a code block is laid out) and on the way to its largest paint.
// Shown only if it is there for the first frame (`optional`, and preloaded so that it almost always
// is): a font that came later replaced the fallback and moved the text, a layout shift of up to 0.18
// on a role page with the font held back 1.2 s (a slow phone). next/font sizes the fallback face
// (Arial) to Geist's metrics, but only where Arial is installed (not on most Linux systems), and even
// then lines break differently. Where the font misses the first frame, the page keeps the fallback;
// the next page load finds the font in the cache.

export const geistSans = localFont({
  src: "./fonts/geist-sans-subset.woff2",
  variable: "--font-geist-sans",
  weight: "400 700",
  display: "optional",
  preload: true,
});
