import "server-only";

import { env } from "@/lib/env";

/**
 * An absolute link for a mail, always on SITE_URL: never built from the request's Host header,
 * which a client chooses (a reset link pointing at someone else's host would hand them the token).
 */
export function siteLink(pathname: string, query: Record<string, string> = {}): string {
  const url = new URL(pathname, env.SITE_URL);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url.toString();
}
