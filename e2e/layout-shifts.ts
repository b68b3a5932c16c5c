import type { Page } from "@playwright/test";

// Layout shifts as the page reports them (PerformanceObserver, buffered), each with what moved, so
// that a rare shift says where to look: "0.0002 at 429 ms (<div class=…> 0 children: 1183,12
// 36×36 → 1106,12 116×38)".

/** Starts recording the layout shifts of every document `page` opens from now on. */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: string[] = [];
    Object.assign(window, { layoutShifts: shifts });
    type Source = { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const box = (rect: DOMRectReadOnly) =>
      `${Math.round(rect.x)},${Math.round(rect.y)} ${Math.round(rect.width)}×${Math.round(rect.height)}`;
    const describe = ({ node, previousRect, currentRect }: Source) => {
      const element = node instanceof Element ? node : node?.parentElement;
      const name = element
        ? `<${element.tagName.toLowerCase()} class="${element.className}"> ${element.children.length} children`
        : "(node gone)";
      return `${name}: ${box(previousRect)} → ${box(currentRect)}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources?: Source[] })[]) {
        const moved = (entry.sources ?? []).map(describe).join("; ");
        shifts.push(`${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms (${moved})`);
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts recorded so far, once the fonts are in and two more frames have been shown. */
export async function layoutShiftsSoFar(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  // A shift is reported with the frame that shows it.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { layoutShifts: string[] }).layoutShifts);
}
