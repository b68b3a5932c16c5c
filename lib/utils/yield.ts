/**
 * Lets the event loop serve other requests before long work goes on (an import of 100,000 rows
 * parses, replays and writes in chunks with this between them, so a health check is not stalled).
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
