import { isPersonalPath } from "@/lib/security/request-checks";

// A prerendered public page read with GET or HEAD is the one request the production server
// (scripts/serve.ts) answers past proxy.ts: none of proxy.ts's checks applies to it (no write, no
// database, nothing personal, a path the build wrote out), and its policy is fixed. Running
// proxy.ts anyway cost about 0.7 ms of a 2 ms request on the home page (issue 18, bench:pages).

/**
 * Set by scripts/serve.ts on the requests it vouches for, and removed from every request a client
 * sends: proxy.ts's matcher skips a request that carries it (proxy.ts spells the name out, since
 * Next.js reads its config without running imports).
 */
export const PRERENDERED_REQUEST_HEADER = "x-prerendered-page";

/**
 * The page a request reads, when it is a GET or HEAD of a prerendered page exactly as the build
 * wrote it out; null for anything else (a trailing slash or an encoded character goes the usual
 * way, through proxy.ts, and Next.js redirects or decodes it there).
 */
export function prerenderedPageOf(
  method: string | undefined,
  url: string | undefined,
  isPrerendered: (page: string) => boolean,
): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url?.startsWith("/")) return null;
  const end = url.indexOf("?");
  const page = end === -1 ? url : url.slice(0, end);
  if (page.includes("%") || (page.length > 1 && page.endsWith("/")) || page.startsWith("//")) return null;
  if (isPersonalPath(page) || !isPrerendered(page)) return null;
  return page;
}
