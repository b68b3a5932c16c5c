import { chromium } from "@playwright/test";

import { findChromium } from "./lib/chromium";

// Prints the JavaScript a page loads, as transferred (gzip, as `next start` serves it) and
// uncompressed, read from the browser's Resource Timing. Next 16's build no longer prints these.
// Usage: node --import tsx scripts/measure-page-js.ts http://127.0.0.1:3000/ [more URLs…]

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("Usage: measure-page-js <url> [url…]");
  process.exit(2);
}

const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  for (const url of urls) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: "load" });
    // Scripts the page loads after "load" (route prefetches are data, not scripts) have settled by then.
    await page.waitForTimeout(2_000);
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter(
          (e): e is PerformanceResourceTiming =>
            e instanceof PerformanceResourceTiming && e.initiatorType === "script",
        )
        .map((e) => ({ name: e.name, transferred: e.encodedBodySize, decoded: e.decodedBodySize })),
    );
    const kb = (bytes: number) => (bytes / 1024).toFixed(1);
    const transferred = scripts.reduce((sum, s) => sum + s.transferred, 0);
    const decoded = scripts.reduce((sum, s) => sum + s.decoded, 0);
    console.log(
      `${url}\n  ${scripts.length} scripts, ${kb(transferred)} kB transferred (gzip), ${kb(decoded)} kB uncompressed`,
    );
    await page.close();
  }
} finally {
  await browser.close();
}
