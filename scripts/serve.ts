import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

import compression from "compression";
import next from "next";

import { cookieNames, signedInHintSetCookie, signedInHintUpdate } from "@/lib/accounts/signed-in-hint";
import { parseEnv } from "@/lib/env-schema";
import { oauthFormOrigins, pagePolicies } from "@/lib/security/page-policies";

import { CompressedBodies, compressFromCache, compressStaticFromCache } from "./lib/compressed-responses";
import { PRERENDERED_REQUEST_HEADER, prerenderedPageOf } from "./lib/prerendered-requests";
import {
  KEPT_PAGE_REQUEST_HEADER,
  keepWhenRendered,
  KeptPages,
  keptPageKey,
  sendKeptPage,
} from "./lib/rendered-pages";

// The production server behind `npm start` (scripts/run-app.ts starts it in place of `next start`).
// It is Next.js's own request handler with one change, for the sign-in limits (issue 12): Next.js
// fills X-Forwarded-For from the connection only when a request did not bring one, so without a
// proxy in front a client could name any address it liked. With TRUSTED_PROXY_COUNT=0 this server
// removes the forwarded headers a client sent, and Next.js then records the real peer address.
// Behind N proxies the headers are kept (lib/accounts/client-address.ts reads the right entry).
// Nothing simpler works in Next.js 16: route handlers, actions and proxy.ts never see the socket.
// It also serves prerendered public pages faster (issue 18): it gives them their fixed
// Content-Security-Policy itself, so proxy.ts does not run for them, and compresses each one once
// rather than on every request (scripts/lib/prerendered-requests.ts, compressed-responses.ts); and
// it keeps those pages and the question search's, once Next.js has answered, for the next visitors
// of the same address (scripts/lib/rendered-pages.ts).

const root = fileURLToPath(new URL("..", import.meta.url));
const FORWARDED_HEADERS = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
];
const SHUTDOWN_GRACE_MS = 10_000;

function parseArgs(args: string[]): { port: number; hostname: string | undefined } {
  let port = Number(process.env.PORT ?? 3000);
  let hostname: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    if ((arg === "-p" || arg === "--port") && value) {
      port = Number(value);
      i++;
    } else if ((arg === "-H" || arg === "--hostname") && value) {
      hostname = value;
      i++;
    } else {
      console.error(`[app] Unknown argument for npm start: ${arg} (use -p PORT and -H HOSTNAME)`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    console.error(`[app] -p needs a port number from 0 to 65535, not ${port}`);
    process.exit(2);
  }
  return { port, hostname };
}

const { port, hostname } = parseArgs(process.argv.slice(2));
const env = parseEnv(process.env);
const { TRUSTED_PROXY_COUNT } = env;
const policies = pagePolicies({
  distDir: path.join(root, ".next"),
  development: false,
  formOrigins: oauthFormOrigins(env),
  upgradeInsecureRequests: env.SITE_URL.startsWith("https:"),
});
const compressedBodies = new CompressedBodies();
// Every prerendered page of this site and both encodings is about 25 MB; searches add what is asked.
const keptPages = new KeptPages(64 * 1024 * 1024);
const unvouchedSeen = new Set<string>();
// Every other response, compressed as it is sent (what Next.js does itself without this server; it
// is off in next.config.ts so no response is compressed twice).
// compression is written as Express middleware but uses only Node's own request and response.
const compressOnTheFly = compression() as unknown as (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

/** Keeps the browser's signed-in hint in step, for the answers proxy.ts does not see. */
function syncSignedInHint(request: IncomingMessage, response: ServerResponse) {
  const hint = signedInHintUpdate(cookieNames(request.headers.cookie));
  if (hint) response.appendHeader("set-cookie", signedInHintSetCookie(hint));
}

const server = createServer((request, response) => {
  if (TRUSTED_PROXY_COUNT === 0) for (const header of FORWARDED_HEADERS) delete request.headers[header];
  // Only this server may tell proxy.ts to stand aside, or to leave out the nonce.
  delete request.headers[PRERENDERED_REQUEST_HEADER];
  delete request.headers[KEPT_PAGE_REQUEST_HEADER];
  const page = prerenderedPageOf(request.method, request.url, (p) => policies.prerendered(p) !== null);
  const keptKey = keptPageKey(request, page);
  const kept = keptKey === null ? undefined : keptPages.get(keptKey);
  if (kept) {
    syncSignedInHint(request, response);
    sendKeptPage(request, response, kept, compressedBodies);
    return;
  }
  if (page) {
    request.headers[PRERENDERED_REQUEST_HEADER] = "1";
    response.setHeader("content-security-policy", policies.prerendered(page)!);
    syncSignedInHint(request, response);
  }
  if (keptKey !== null && request.method === "GET") {
    if (!page) request.headers[KEPT_PAGE_REQUEST_HEADER] = "1";
    keepWhenRendered(request, response, {
      key: keptKey,
      pages: keptPages,
      bodies: compressedBodies,
      // A prerendered page's policy is fixed; a search's lists the scripts of what was rendered.
      policyFor: page
        ? () => ({ csp: policies.prerendered(page)!, unvouched: 0 })
        : (html) => policies.rendered(html),
      onUnvouched(key, count) {
        // Once per address: a page whose scripts changed shape would otherwise log on every request.
        if (unvouchedSeen.has(key) || unvouchedSeen.size > 1000) return;
        unvouchedSeen.add(key);
        console.error(
          `[app] ${key}: ${count} inline script(s) are neither Next.js data nor known to the build: sent with a policy that refuses them, and not kept.`,
        );
      },
    });
  } else if (
    !compressStaticFromCache(request, response, compressedBodies) &&
    !(page && compressFromCache(request, response, compressedBodies))
  ) {
    // Static files and a prerendered page's RSC payload (a client navigation) are compressed once as well.
    compressOnTheFly(request, response, () => {});
  }
  void handle(request, response);
});

server.listen(port, hostname, () => {
  const address = server.address();
  const shown =
    typeof address === "object" && address ? `${hostname ?? "localhost"}:${address.port}` : String(address);
  console.log(
    `▲ Next.js ready on http://${shown} (client addresses: ${TRUSTED_PROXY_COUNT === 0 ? "the connection's" : `X-Forwarded-For behind ${TRUSTED_PROXY_COUNT} proxies`})`,
  );
});

function shutdown(signal: NodeJS.Signals) {
  console.log(`[app] ${signal}: finishing open requests…`);
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
}
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
