import type { OutgoingHttpHeaders, ServerResponse } from "node:http";

/**
 * Holds back what Next.js writes to `response` (status, headers, every chunk) until it has written
 * all of it, then hands the whole body to `onEnd`, which sends the answer itself: the production
 * server (scripts/serve.ts) does so to keep a rendered page (rendered-pages.ts) and to compress a
 * static file once (compressed-responses.ts). Headers set meanwhile stay unsent, so `onEnd` can
 * still change them.
 */
export function holdResponse(response: ServerResponse, onEnd: (body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  const toBuffer = (chunk: unknown, encoding: unknown) =>
    typeof chunk === "string"
      ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
      : Buffer.from(chunk as Uint8Array);
  const callbackIn = (args: unknown[]) =>
    args.find((arg) => typeof arg === "function") as (() => void) | undefined;
  // Own properties over the prototype's methods, deleted again once Next.js has written everything.
  const held = response as unknown as Record<"flushHeaders" | "writeHead" | "write" | "end", unknown>;

  held.flushHeaders = () => {};
  held.writeHead = (status: number, ...rest: unknown[]) => {
    response.statusCode = status;
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null) as
      OutgoingHttpHeaders | (string | string[])[] | undefined;
    if (Array.isArray(headers)) {
      for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1]!);
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined) response.setHeader(name, value);
      }
    }
    return response;
  };
  held.write = (chunk: unknown, ...rest: unknown[]) => {
    chunks.push(toBuffer(chunk, rest[0]));
    callbackIn(rest)?.();
    return true;
  };
  held.end = (...args: unknown[]) => {
    const [chunk, encoding] = args;
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function")
      chunks.push(toBuffer(chunk, encoding));
    for (const method of ["flushHeaders", "writeHead", "write", "end"] as const) delete held[method];
    const done = callbackIn(args);
    if (done) response.once("finish", done);
    onEnd(Buffer.concat(chunks));
    return response;
  };
}
