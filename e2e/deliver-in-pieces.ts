import http from "node:http";

import { freePort } from "../test/support/free-port";

// A relay in front of the app that can hold a page's HTML part-way through, as a slow network or a
// busy server does: the browser reads and paints what came, then gets the rest. Everything else
// (scripts, styles, fonts) passes straight through.

export interface PiecewiseRelay {
  /** The relay's origin: open pages from here. */
  origin: string;
  /**
   * The next load of `path` stops right after `markers` (each looked for after the one before)
   * until `release()`. Fails at once when the page's HTML (as `cookie` gets it) does not hold them.
   */
  holdAfter(path: string, markers: string[], cookie?: string): Promise<void>;
  release(): void;
  close(): Promise<void>;
}

const HOP_HEADERS = new Set([
  "connection",
  "content-encoding",
  "content-length",
  "keep-alive",
  "transfer-encoding",
]);

async function fetchHtml(url: string, cookie?: string) {
  // Uncompressed, so the split falls where the markers say.
  return fetch(url, { headers: { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) } });
}

function endOfMarkers(html: string, markers: string[]): number {
  let at = 0;
  for (const marker of markers) {
    const found = html.indexOf(marker, at);
    if (found < 0) return -1;
    at = found + marker.length;
  }
  return at;
}

export async function startPiecewiseRelay(appOrigin: string): Promise<PiecewiseRelay> {
  let held: { path: string; markers: string[] } | null = null;
  let release = () => {};
  let released = Promise.resolve();

  const server = http.createServer((request, response) => {
    const path = request.url ?? "/";
    if (held && path === held.path) {
      const { markers } = held;
      held = null;
      void (async () => {
        const upstream = await fetchHtml(appOrigin + path, request.headers.cookie);
        const html = await upstream.text();
        const end = endOfMarkers(html, markers);
        if (end < 0) throw new Error(`${path} no longer holds ${markers.join(" … ")}`);
        const body = Buffer.from(html);
        const cut = Buffer.byteLength(html.slice(0, end));
        response.writeHead(
          upstream.status,
          Object.fromEntries([...upstream.headers].filter(([name]) => !HOP_HEADERS.has(name))),
        );
        response.write(body.subarray(0, cut));
        await released;
        response.end(body.subarray(cut));
      })().catch((error: unknown) => response.destroy(error as Error));
      return;
    }
    const upstream = http.request(
      appOrigin + path,
      { method: request.method, headers: { ...request.headers, host: new URL(appOrigin).host } },
      (reply) => {
        response.writeHead(reply.statusCode ?? 502, reply.headers);
        reply.pipe(response);
      },
    );
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));

  return {
    origin: `http://127.0.0.1:${port}`,
    async holdAfter(path, markers, cookie) {
      const html = await (await fetchHtml(appOrigin + path, cookie)).text();
      if (endOfMarkers(html, markers) < 0) throw new Error(`${path} does not hold ${markers.join(" … ")}`);
      released = new Promise((resolve) => (release = resolve));
      held = { path, markers };
    },
    release: () => release(),
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
