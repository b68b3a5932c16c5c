import { request as httpRequest, type IncomingHttpHeaders } from "node:http";

/**
 * For the server tests: one request to 127.0.0.1 with exactly the headers given, and the answer's
 * bytes as sent (fetch would decompress them and add headers of its own).
 */
export function rawRequest(
  port: number,
  options: { path?: string; headers?: Record<string, string>; method?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  const { path = "/", headers = {}, method = "GET" } = options;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}
