import { createServer } from "node:http";
import { fileURLToPath } from "node:url";

import next from "next";

import { parseEnv } from "@/lib/env-schema";

// The production server behind `npm start` (scripts/run-app.ts starts it in place of `next start`).
// It is Next.js's own request handler with one change, for the sign-in limits (issue 12): Next.js
// fills X-Forwarded-For from the connection only when a request did not bring one, so without a
// proxy in front a client could name any address it liked. With TRUSTED_PROXY_COUNT=0 this server
// removes the forwarded headers a client sent, and Next.js then records the real peer address.
// Behind N proxies the headers are kept (lib/accounts/client-address.ts reads the right entry).
// Nothing simpler works in Next.js 16: route handlers, actions and proxy.ts never see the socket.

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
const { TRUSTED_PROXY_COUNT } = parseEnv(process.env);

const app = next({ dev: false, dir: root, port, hostname: hostname ?? "localhost" });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  if (TRUSTED_PROXY_COUNT === 0) for (const header of FORWARDED_HEADERS) delete request.headers[header];
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
