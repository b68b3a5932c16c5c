import { readFileSync } from "node:fs";
import path from "node:path";

import { buildCsp, vouchedInlineScripts } from "./csp";

// Which Content-Security-Policy each page gets (lib/security/csp.ts says why there are two kinds).
// proxy.ts asks for every request it sees; the production server (scripts/serve.ts) asks for the
// prerendered pages it sends past proxy.ts. Both build their policies here, from the same manifest.

/** Written after `next build` by scripts/lib/csp-manifest.ts: page path → its inline scripts' hashes. */
export const CSP_MANIFEST = "csp-hashes.json";

export interface PagePolicyOptions {
  /** The build's folder (.next); null where nothing is prerendered (next dev). */
  distDir: string | null;
  development: boolean;
  /** Origins a sign-in form may be redirected to (the configured OAuth providers). */
  formOrigins: readonly string[];
  upgradeInsecureRequests: boolean;
}

export interface PagePolicies {
  /** The fixed policy of a prerendered page (its path as the manifest has it), or null. */
  prerendered(page: string): string | null;
  /** A page rendered on demand: a policy with a fresh nonce for Next.js to put on its scripts. */
  withNonce(): { csp: string; nonce: string };
  /**
   * A page rendered on demand and then kept for every visitor: a policy with the hashes of the
   * inline scripts it vouches for in this HTML (lib/security/csp.ts, vouchedInlineScripts), and how
   * many it did not.
   */
  rendered(html: string): { csp: string; unvouched: number };
}

function readManifest(distDir: string | null): Map<string, string[]> {
  if (distDir === null) return new Map();
  try {
    const file = path.join(distDir, CSP_MANIFEST);
    return new Map(Object.entries(JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>));
  } catch {
    console.warn(`[csp] ${path.join(distDir, CSP_MANIFEST)} is missing: build with \`npm run build\`.`);
    return new Map();
  }
}

export function pagePolicies(options: PagePolicyOptions): PagePolicies {
  let manifest: Map<string, string[]> | undefined;
  const hashes = () => (manifest ??= readManifest(options.distDir));
  // A prerendered page's policy never changes: built once per page, not per request. Keyed by the
  // manifest's own paths only, so the map holds at most one entry per prerendered page.
  const built = new Map<string, string>();
  let known: Set<string> | undefined;
  const policy = (scriptHashes: readonly string[], nonce?: string) =>
    buildCsp({
      nonce,
      scriptHashes,
      development: options.development,
      formOrigins: options.formOrigins,
      upgradeInsecureRequests: options.upgradeInsecureRequests,
    });

  return {
    prerendered(page) {
      const cached = built.get(page);
      if (cached) return cached;
      const pageHashes = hashes().get(page);
      if (!pageHashes) return null;
      const csp = policy(pageHashes);
      built.set(page, csp);
      return csp;
    },
    withNonce() {
      const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
      // The not-found page is prerendered and can be served for any path, so its hashes are allowed
      // everywhere.
      return { csp: policy(hashes().get("/_not-found") ?? [], nonce), nonce };
    },
    rendered(html) {
      known ??= new Set([...hashes().values()].flat());
      const { hashes: scriptHashes, unvouched } = vouchedInlineScripts(html, known);
      return { csp: policy(scriptHashes), unvouched };
    },
  };
}

/** The OAuth providers' sign-in pages, where a sign-in form may send the browser. */
export function oauthFormOrigins(env: { AUTH_GITHUB_ID?: string; AUTH_GOOGLE_ID?: string }): string[] {
  return [
    ...(env.AUTH_GITHUB_ID ? ["https://github.com"] : []),
    ...(env.AUTH_GOOGLE_ID ? ["https://accounts.google.com"] : []),
  ];
}
