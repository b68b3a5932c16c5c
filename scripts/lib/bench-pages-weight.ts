import http from "node:http";

// Page weight for `npm run bench:pages`: a page's HTML uncompressed and as the server sends it
// with gzip, how much of it is the inline RSC payload (the `self.__next_f.push(…)` scripts React
// hydrates from, a second copy of the page's content), and the fonts the page preloads.

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, not decompressed. */
  body: Buffer;
}

/** A GET whose body comes back as the bytes on the wire (fetch would decompress them). */
export function getRaw(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers, timeout: 60_000 }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`GET ${url} took over 60 s`)));
    request.on("error", reject);
  });
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const RSC_PUSH = "self.__next_f.push(";

/** Bytes (UTF-8) of the inline scripts that carry the RSC payload, and how many there are. */
export function inlineRscPayload(html: string): { bytes: number; scripts: number } {
  let bytes = 0;
  let scripts = 0;
  for (const [, attributes = "", content = ""] of html.matchAll(SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || !content.includes(RSC_PUSH)) continue;
    bytes += Buffer.byteLength(content);
    scripts++;
  }
  return { bytes, scripts };
}

/**
 * The text of the RSC payload, its chunks decoded and joined: what the inline scripts carry, to see
 * what takes the room. Chunks other than strings (bootstrap markers, form state) are left out.
 */
export function decodeRscPayload(html: string): string {
  const parts: string[] = [];
  for (const [, attributes = "", content = ""] of html.matchAll(SCRIPT)) {
    const start = content.indexOf(RSC_PUSH);
    if (/\bsrc\s*=/i.test(attributes) || start < 0) continue;
    // One push per script: `self.__next_f.push([1,"…"])`.
    const json = content.slice(start + RSC_PUSH.length).replace(/\)\s*;?\s*$/, "");
    try {
      const chunk = JSON.parse(json) as unknown[];
      if (chunk[0] === 1 && typeof chunk[1] === "string") parts.push(chunk[1]);
    } catch {
      // not a chunk this parser knows; inlineRscPayload still counts its bytes
    }
  }
  return parts.join("");
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/**
 * The fonts a page preloads: `<link rel="preload" as="font">` in its HTML and `rel=preload; as=font`
 * entries of its Link header (Next.js may put preloads in either), in order, without repeats.
 */
export function preloadedFonts(html: string, linkHeader?: string | string[]): string[] {
  const found: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attribute(tag, "rel")?.toLowerCase().split(/\s+/) ?? [];
    const href = attribute(tag, "href");
    if (rel.includes("preload") && attribute(tag, "as")?.toLowerCase() === "font" && href) found.push(href);
  }
  const header = Array.isArray(linkHeader) ? linkHeader.join(", ") : (linkHeader ?? "");
  for (const [, href = "", params = ""] of header.matchAll(/<([^>]+)>((?:\s*;\s*[^;,]+)*)/g)) {
    if (/;\s*rel="?preload"?/i.test(params) && /;\s*as="?font"?/i.test(params)) found.push(href);
  }
  return [...new Set(found.map((href) => href.replaceAll("&amp;", "&")))];
}

export interface FontWeight {
  url: string;
  /** Bytes as served (woff2 is compressed already, so this is what a browser downloads). */
  bytes: number;
}

export interface PageWeight {
  path: string;
  status: number;
  /** The HTML as fetched with gzip off: what nginx serves in this bench, too. */
  html: string;
  htmlBytes: number;
  gzipBytes: number;
  rscBytes: number;
  rscScripts: number;
  fonts: FontWeight[];
}

/** Fetches a page once uncompressed and once with gzip, and each font it preloads. */
export async function measureWeight(baseURL: string, pagePath: string): Promise<PageWeight> {
  const url = new URL(pagePath, baseURL).toString();
  const plain = await getRaw(url, { "accept-encoding": "identity" });
  if (plain.status !== 200) throw new Error(`GET ${url} answered ${plain.status}, not 200`);
  if (plain.headers["content-encoding"]) {
    throw new Error(`GET ${url} with gzip off came back ${plain.headers["content-encoding"]}-encoded`);
  }
  const zipped = await getRaw(url, { "accept-encoding": "gzip" });
  if (zipped.headers["content-encoding"] !== "gzip") {
    throw new Error(`GET ${url} with Accept-Encoding: gzip came back without gzip`);
  }
  const html = plain.body.toString("utf8");
  const rsc = inlineRscPayload(html);
  const fonts: FontWeight[] = [];
  for (const href of preloadedFonts(html, plain.headers.link)) {
    const fontUrl = new URL(href, url).toString();
    const font = await getRaw(fontUrl, { "accept-encoding": "gzip" });
    if (font.status !== 200) throw new Error(`GET ${fontUrl} (a preloaded font) answered ${font.status}`);
    fonts.push({ url: new URL(fontUrl).pathname, bytes: font.body.length });
  }
  return {
    path: pagePath,
    status: plain.status,
    html,
    htmlBytes: plain.body.length,
    gzipBytes: zipped.body.length,
    rscBytes: rsc.bytes,
    rscScripts: rsc.scripts,
    fonts,
  };
}
