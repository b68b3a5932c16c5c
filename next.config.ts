import type { NextConfig } from "next";

// Parsing the environment here makes a bad variable fail `next build` with its name.
import { env } from "./lib/env";
import { RUNNER_WORKER_CSP, WORKER_SCRIPT_SOURCE } from "./lib/security/csp";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  // Browsers ignore HSTS over plain http, so sending it from every production server is safe.
  ...(env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];
// The pages' Content-Security-Policy is set per request by proxy.ts (nonces and build-time hashes);
// the code runner's workers get their own, fixed one here.

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The production server (scripts/serve.ts, `npm start`) compresses: prerendered pages once, from
  // a cache, everything else as it is sent. Behind nginx the same holds (deploy/nginx.conf).
  compress: false,
  headers() {
    return Promise.resolve([
      { source: "/:path*", headers: securityHeaders },
      // The runtimes' folders are named by version (scripts/lib/vendor-runtimes.ts): never stale.
      {
        source: "/vendor/:path*",
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }],
      },
      {
        source: WORKER_SCRIPT_SOURCE,
        headers: [{ key: "Content-Security-Policy", value: RUNNER_WORKER_CSP }],
      },
    ]);
  },
};

export default nextConfig;
