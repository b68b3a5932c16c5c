import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import zlib from "node:zlib";

import { afterEach, describe, expect, it, vi } from "vitest";

import {
  chooseEncoding,
  CompressedBodies,
  compressFromCache,
  compressStaticFromCache,
} from "./compressed-responses";
import { rawRequest } from "./raw-request";

describe("chooseEncoding", () => {
  it("prefers brotli, as browsers offer it, then gzip, then nothing", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip")).toBe("gzip");
    expect(chooseEncoding("deflate")).toBeNull();
    expect(chooseEncoding("identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding("")).toBeNull();
  });

  it("follows the client's q-values, and q=0 refuses", () => {
    expect(chooseEncoding("br;q=0.5, gzip")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0.1")).toBe("gzip");
    expect(chooseEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(chooseEncoding("GZIP ; q=0.8")).toBe("gzip");
    expect(chooseEncoding("br;q=nonsense, gzip")).toBe("gzip");
  });

  it('reads "*" as any encoding the header does not name', () => {
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("br;q=0, *")).toBe("gzip");
    expect(chooseEncoding("*;q=0")).toBeNull();
  });
});

describe("CompressedBodies", () => {
  const body = "<p>a page</p>".repeat(200);

  it("compresses a body once per ETag and encoding, and each unpacks to the body", () => {
    const bodies = new CompressedBodies();
    const gzip = bodies.get('"a"', "gzip", body);
    expect(bodies.get('"a"', "gzip", "ignored on a hit")).toBe(gzip);
    expect(zlib.gunzipSync(gzip).toString()).toBe(body);
    const br = bodies.get('"a"', "br", Buffer.from(body));
    expect(zlib.brotliDecompressSync(br).toString()).toBe(body);
    expect(bodies.size).toBe(2);
  });

  it("compresses a brotli body again at the best level, off the request's path, once it is asked for twice", async () => {
    // Words in no pattern, as a page's text is, so that the better level has something to find.
    let seed = 7;
    const word = () => ((seed = (seed * 16807) % 2147483647), `w${seed % 5000}`);
    const page = Buffer.from(Array.from({ length: 20_000 }, word).join(" "));
    const bodies = new CompressedBodies();
    const quick = bodies.get("page", "br", page);
    expect(bodies.get("page", "br", page)).toBe(quick);
    await vi.waitFor(() => expect(bodies.get("page", "br", page)).not.toBe(quick));
    const best = bodies.get("page", "br", page);
    expect(best.length).toBeLessThan(quick.length);
    expect(zlib.brotliDecompressSync(best).equals(page)).toBe(true);
    // gzip is at its best level from the start.
    const gzip = bodies.get("page", "gzip", page);
    bodies.get("page", "gzip", page);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bodies.get("page", "gzip", page)).toBe(gzip);
  });

  it("lets the oldest bodies go past its byte budget", () => {
    const one = zlib.gzipSync(Buffer.from(body), { level: 9 }).length;
    const bodies = new CompressedBodies(one * 2);
    for (const etag of ['"1"', '"2"', '"3"']) bodies.get(etag, "gzip", body);
    expect(bodies.size).toBe(2);
    const third = bodies.get('"3"', "gzip", "ignored on a hit");
    expect(zlib.gunzipSync(third).toString()).toBe(body);
  });
});

describe("compressFromCache", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server that answers as Next.js does a prerendered page: one end(body) with an ETag. */
  async function start(bodies: CompressedBodies, status = 200) {
    const taken: boolean[] = [];
    server = createServer((request, response) => {
      taken.push(compressFromCache(request, response, bodies));
      response.statusCode = status;
      response.setHeader("ETag", '"page-1"');
      response.setHeader("Vary", "rsc");
      response.setHeader("Content-Length", 4000);
      response.end(status === 304 ? undefined : "x".repeat(4000));
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, taken };
  }

  const get = (port: number, headers: Record<string, string>, method = "GET") =>
    rawRequest(port, { headers, method });

  it("sends the cached compressed body with its length and Vary, compressing it once", async () => {
    const bodies = new CompressedBodies();
    const { port, taken } = await start(bodies);
    for (let i = 0; i < 3; i++) {
      const response = await get(port, { "accept-encoding": "gzip" });
      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(Number(response.headers["content-length"])).toBe(response.body.length);
      expect(response.headers.vary).toBe("rsc, Accept-Encoding");
      expect(zlib.gunzipSync(response.body).toString()).toBe("x".repeat(4000));
    }
    const br = await get(port, { "accept-encoding": "br, gzip" });
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe("x".repeat(4000));
    expect(taken).toEqual([true, true, true, true]);
    expect(bodies.size).toBe(2);
  });

  it("leaves alone a client without brotli or gzip, and a HEAD", async () => {
    const bodies = new CompressedBodies();
    const { port, taken } = await start(bodies);
    const plain = await get(port, { "accept-encoding": "deflate" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe("x".repeat(4000));
    await get(port, { "accept-encoding": "gzip" }, "HEAD");
    expect(taken).toEqual([false, false]);
    expect(bodies.size).toBe(0);
  });

  it("sends any other answer as it is (a 304 still says Vary)", async () => {
    const bodies = new CompressedBodies();
    const { port } = await start(bodies, 304);
    const response = await get(port, { "accept-encoding": "gzip", "if-none-match": '"page-1"' });
    expect(response.status).toBe(304);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.headers.vary).toBe("rsc, Accept-Encoding");
    expect(bodies.size).toBe(0);
  });
});

describe("compressStaticFromCache", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const script = "export const chunk = 1;\n".repeat(2000);
  const font = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));

  /** A server that answers as Next.js does a static file: headers, then the file piped in chunks. */
  async function start(bodies: CompressedBodies) {
    const taken: boolean[] = [];
    server = createServer((request, response) => {
      taken.push(compressStaticFromCache(request, response, bodies));
      const path = request.url!.split("?")[0]!;
      const file = { "/_next/static/chunks/a.js": script, "/_next/static/media/f.woff2": font }[path];
      if (file === undefined) {
        response.statusCode = 404;
        response.setHeader("Content-Type", "text/html; charset=utf-8");
        response.end("<h1>Not found</h1>");
        return;
      }
      response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      response.setHeader("Accept-Ranges", "bytes");
      response.setHeader("ETag", 'W/"a-1"');
      response.setHeader(
        "Content-Type",
        path.endsWith(".js") ? "application/javascript; charset=UTF-8" : "font/woff2",
      );
      if (request.headers["if-none-match"] === 'W/"a-1"') {
        response.statusCode = 304;
        response.end();
        return;
      }
      Readable.from([Buffer.from(file).subarray(0, 1000), Buffer.from(file).subarray(1000)]).pipe(response);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, taken };
  }

  it("sends a static script compressed from the cache, whatever its query, with its length and Vary", async () => {
    const bodies = new CompressedBodies();
    const { port, taken } = await start(bodies);
    for (const path of ["/_next/static/chunks/a.js", "/_next/static/chunks/a.js?v=2"]) {
      const response = await rawRequest(port, { path, headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(response.status).toBe(200);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(Number(response.headers["content-length"])).toBe(response.body.length);
      expect(response.headers.vary).toBe("Accept-Encoding");
      expect(response.headers["accept-ranges"]).toBeUndefined();
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(zlib.brotliDecompressSync(response.body).toString()).toBe(script);
    }
    const gzip = await rawRequest(port, {
      path: "/_next/static/chunks/a.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(zlib.gunzipSync(gzip.body).toString()).toBe(script);
    expect(taken).toEqual([true, true, true]);
    expect(bodies.size).toBe(2);
  });

  it("sends a 304 and a 404 as they are, and leaves a font, a range, a HEAD and other paths alone", async () => {
    const bodies = new CompressedBodies();
    const { port, taken } = await start(bodies);
    const headers = { "accept-encoding": "br" };
    const notModified = await rawRequest(port, {
      path: "/_next/static/chunks/a.js",
      headers: { ...headers, "if-none-match": 'W/"a-1"' },
    });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.vary).toBe("Accept-Encoding");
    expect(notModified.body.length).toBe(0);
    const missing = await rawRequest(port, { path: "/_next/static/chunks/gone.js", headers });
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe("<h1>Not found</h1>");
    expect(bodies.size).toBe(0);
    expect(taken).toEqual([true, true]);

    const woff2 = await rawRequest(port, { path: "/_next/static/media/f.woff2", headers });
    expect(woff2.headers["content-encoding"]).toBeUndefined();
    expect(woff2.body.equals(font)).toBe(true);

    await rawRequest(port, {
      path: "/_next/static/chunks/a.js",
      headers: { ...headers, range: "bytes=0-9" },
    });
    await rawRequest(port, { path: "/_next/static/chunks/a.js", headers, method: "HEAD" });
    await rawRequest(port, { path: "/questions", headers });
    await rawRequest(port, { path: "/_next/static/chunks/a.js", headers: { "accept-encoding": "identity" } });
    expect(taken.slice(2)).toEqual([false, false, false, false, false]);
    expect(bodies.size).toBe(0);
  });
});
