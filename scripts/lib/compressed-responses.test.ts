import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { chooseEncoding, CompressedBodies, compressFromCache } from "./compressed-responses";
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
