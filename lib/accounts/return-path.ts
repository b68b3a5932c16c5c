// Where to send someone after they sign in. Only a path of this site: an absolute URL, a
// protocol-relative "//host" or a backslash trick ("/\\host", which browsers treat as "//host")
// would turn the sign-in page into an open redirect.

const PLACEHOLDER_ORIGIN = "http://return-path.invalid";

export const DEFAULT_RETURN_PATH = "/dashboard";

export function safeReturnPath(candidate: string | null | undefined, fallback = DEFAULT_RETURN_PATH): string {
  if (!candidate || !candidate.startsWith("/") || candidate.startsWith("//") || candidate.includes("\\")) {
    return fallback;
  }
  // Control characters (a tab or newline inside "/\t/host") are dropped by URL parsers, so refuse them.
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER_ORIGIN) return fallback;
  // Sending a signed-in person back to the sign-in or sign-up page would be a loop.
  if (url.pathname === "/sign-in" || url.pathname === "/sign-up") return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in URL that brings the visitor back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/sign-in?next=${encodeURIComponent(safeReturnPath(path))}`;
}
