import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";

import { afterEach, describe, expect, it } from "vitest";

import { CompressedBodies } from "./compressed-responses";
import {
  KEPT_PAGE_REQUEST_HEADER,
  keepWhenRendered,
  KeptPages,
  keptPageKey,
  matchesEtag,
  sendKeptPage,
} from "./rendered-pages";
import { rawRequest } from "./raw-request";

describe("keptPageKey", () => {
  const get = (url: string, headers: Record<string, string> = {}, method = "GET") =>
    keptPageKey({ method, url, headers }, null);

  it("keys a GET or HEAD of the question search's document by its whole address", () => {
    expect(get("/questions?q=p-value")).toBe("/questions?q=p-value");
    expect(get("/questions")).toBe("/questions");
    expect(get("/questions?q=p-value", {}, "HEAD")).toBe("/questions?q=p-value");
  });

  it("leaves out writes, other paths, spellings that go through proxy.ts and client navigations", () => {
    expect(get("/questions?q=x", {}, "POST")).toBeNull();
    expect(get("/questions/welch-t-test-by-hand")).toBeNull();
    expect(get("/questions/")).toBeNull();
    expect(get("/question%73")).toBeNull();
    expect(get("/questions?q=x", { rsc: "1" })).toBeNull();
    expect(get("/questions?q=x", { "next-router-prefetch": "1" })).toBeNull();
    expect(get("http://evil.example/questions")).toBeNull();
  });

  it("keys a prerendered page by its path, which its HTML depends on alone, and never its RSC payload", () => {
    const request = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });
    expect(keptPageKey(request("/roles?utm_source=x"), "/roles")).toBe("/roles");
    expect(keptPageKey(request("/roles", { rsc: "1" }), "/roles")).toBeNull();
    expect(keptPageKey({ ...request("/roles"), method: "POST" }, "/roles")).toBeNull();
  });
});

describe("matchesEtag", () => {
  it("reads If-None-Match as HTTP does: a list, weak or strong, or *", () => {
    expect(matchesEtag('"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', 'W/"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abcd"', '"abc"')).toBe(false);
    expect(matchesEtag(undefined, '"abc"')).toBe(false);
  });
});

describe("KeptPages", () => {
  it("keeps pages for a while, and lets the least recently sent go past its byte budget", () => {
    let now = 0;
    const pages = new KeptPages(25, 1000, () => now);
    pages.keep("/a", [], Buffer.alloc(10));
    pages.keep("/b", [], Buffer.alloc(10));
    expect(pages.get("/a")).toBeDefined(); // now the most recently sent
    pages.keep("/c", [], Buffer.alloc(10));
    expect(pages.get("/b")).toBeUndefined();
    expect(pages.get("/a")).toBeDefined();
    expect(pages.size).toBe(2);
    now = 1000;
    expect(pages.get("/a")).toBeUndefined();
    expect(pages.size).toBe(1);
  });

  it("names each body by its bytes, so the compressed copies of an old body are never sent for a new one", () => {
    const pages = new KeptPages();
    const first = pages.keep("/a", [], Buffer.from("one"));
    const second = pages.keep("/a", [], Buffer.from("two"));
    expect(second.bodyKey).not.toBe(first.bodyKey);
    expect(pages.size).toBe(1);
  });
});

describe("keepWhenRendered", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  const page = (extra = "") =>
    [
      `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async=""></script></head>`,
      `<body><h1>Questions</h1><script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
      `<script>self.__next_f.push([1,"0:[]\\n"])</script>${extra}</body></html>`,
    ].join("");

  /**
   * A server that answers as Next.js does behind proxy.ts: a policy without a nonce (with one when
   * proxy.ts was not told), a cookie, the page streamed in two chunks; the production server's
   * cache in front of it.
   */
  async function start(
    options: { status?: number; extra?: string; nonce?: boolean; writeHead?: boolean; etag?: string } = {},
  ) {
    const pages = new KeptPages();
    const bodies = new CompressedBodies();
    const unvouched: [string, number][] = [];
    let rendered = 0;
    server = createServer((request, response) => {
      // /roles stands for a prerendered page here, /questions for the search.
      const key = keptPageKey(request, request.url === "/roles" ? "/roles" : null)!;
      const kept = pages.get(key);
      if (kept) return sendKeptPage(request, response, kept, bodies);
      keepWhenRendered(request, response, {
        key,
        pages,
        bodies,
        policyFor: (html) => {
          const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
          const vouched = scripts.filter((s) => s.includes("__next_f"));
          return {
            csp: `script-src 'self' 'vouched-${vouched.length}'`,
            unvouched: scripts.length - vouched.length,
          };
        },
        onUnvouched: (k, count) => unvouched.push([k, count]),
      });
      rendered++;
      response.statusCode = options.status ?? 200;
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.setHeader(
        "content-security-policy",
        `script-src 'self'${options.nonce ? " 'nonce-bm9uY2U='" : ""}`,
      );
      response.setHeader("link", '</font.woff2>; rel=preload; as="font"');
      response.setHeader("set-cookie", "hint=1; Path=/");
      response.setHeader("x-content-type-options", "nosniff");
      if (options.writeHead) response.writeHead(200, { "x-from-write-head": "yes" });
      if (options.etag) response.setHeader("etag", options.etag);
      response.flushHeaders();
      const html = page(options.extra);
      response.write(html.slice(0, 100));
      setTimeout(() => response.end(Buffer.from(html.slice(100))), 5);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return { port: (server.address() as AddressInfo).port, pages, unvouched, rendered: () => rendered };
  }

  const get = (port: number, path: string, headers: Record<string, string> = {}, method = "GET") =>
    rawRequest(port, { path, headers, method });

  it("renders an address once, then sends every visitor the same page with its vouched policy", async () => {
    const { port, rendered } = await start();
    const first = await get(port, "/questions?q=p-value");
    expect(first.status).toBe(200);
    expect(first.headers["content-security-policy"]).toBe("script-src 'self' 'vouched-2'");
    expect(first.body.toString()).toBe(page());
    expect(first.headers.link).toBe('</font.woff2>; rel=preload; as="font"');
    expect(first.headers["set-cookie"]).toEqual(["hint=1; Path=/"]);

    const second = await get(port, "/questions?q=p-value", { "accept-encoding": "gzip" });
    expect(rendered()).toBe(1);
    expect(zlib.gunzipSync(second.body).toString()).toBe(first.body.toString());
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(second.headers["content-security-policy"]).toBe(first.headers["content-security-policy"]);
    expect(second.headers["x-content-type-options"]).toBe("nosniff");
    // The first visitor's cookie is never sent to the next one.
    expect(second.headers["set-cookie"]).toBeUndefined();

    const head = await get(port, "/questions?q=p-value", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(Number(head.headers["content-length"])).toBe(first.body.length);
    expect(rendered()).toBe(1);
    await get(port, "/questions?q=t-test");
    expect(rendered()).toBe(2);
  });

  it("holds back headers given to writeHead as well, and keeps them", async () => {
    const { port, rendered } = await start({ writeHead: true });
    const first = await get(port, "/questions?q=w");
    const second = await get(port, "/questions?q=w");
    expect(rendered()).toBe(1);
    expect(first.headers["content-security-policy"]).toBe("script-src 'self' 'vouched-2'");
    expect(second.headers["x-from-write-head"]).toBe("yes");
    expect(second.body.toString()).toBe(page());
  });

  it("answers a client that holds the kept page (its ETag) with a 304", async () => {
    const { port, rendered } = await start({ etag: '"page-1"' });
    await get(port, "/roles");
    const again = await get(port, "/roles", { "if-none-match": '"page-1"', "accept-encoding": "gzip" });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers.vary).toContain("Accept-Encoding");
    expect(again.headers.etag).toBe('"page-1"');
    const other = await get(port, "/roles", { "if-none-match": '"page-0"' });
    expect(other.status).toBe(200);
    expect(rendered()).toBe(1);
  });

  it("does not keep a page with a script it cannot vouch for, and says so", async () => {
    const { port, pages, unvouched, rendered } = await start({ extra: "<script>alert(1)</script>" });
    const first = await get(port, "/questions?q=x");
    expect(first.headers["content-security-policy"]).toBe("script-src 'self' 'vouched-2'");
    await get(port, "/questions?q=x");
    expect(rendered()).toBe(2);
    expect(pages.size).toBe(0);
    expect(unvouched).toEqual([
      ["/questions?q=x", 1],
      ["/questions?q=x", 1],
    ]);
  });

  it("sends any other answer as it was written, and keeps nothing", async () => {
    const { port, pages } = await start({ status: 503 });
    const response = await get(port, "/questions?q=x");
    expect(response.status).toBe(503);
    expect(response.headers["content-security-policy"]).toBe("script-src 'self'");
    expect(response.body.toString()).toBe(page());
    expect(pages.size).toBe(0);
  });

  it("passes a 304 on as a 304: Vary, and no length for a body it does not have", async () => {
    const { port, pages } = await start({ status: 304, etag: '"page-1"' });
    const response = await get(port, "/roles", { "if-none-match": '"page-1"' });
    expect(response.status).toBe(304);
    expect(response.headers.vary).toBe("Accept-Encoding");
    expect(response.headers["content-length"]).toBeUndefined();
    expect(pages.size).toBe(0);
  });

  it("never keeps a page rendered with a nonce (proxy.ts was not told): one visitor's nonce is no one else's", async () => {
    const { port, pages, rendered } = await start({ nonce: true });
    const response = await get(port, "/questions?q=x");
    expect(response.headers["content-security-policy"]).toBe("script-src 'self' 'nonce-bm9uY2U='");
    await get(port, "/questions?q=x");
    expect(rendered()).toBe(2);
    expect(pages.size).toBe(0);
  });
});

describe("KEPT_PAGE_REQUEST_HEADER", () => {
  it("is the header proxy.ts reads", () => {
    const proxy = readFileSync(fileURLToPath(new URL("../../proxy.ts", import.meta.url)), "utf8");
    expect(proxy).toContain(`const KEPT_PAGE_REQUEST_HEADER = "${KEPT_PAGE_REQUEST_HEADER}";`);
  });
});
