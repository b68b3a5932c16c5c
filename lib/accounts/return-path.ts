// Where to send someone after they sign in: only a path of this site, or the sign-in page becomes
// an open redirect. The candidate is normalised first (as a browser would: dot segments, percent-
// encoded dots, backslashes) and the decision is made on the normalised path, which is what is
// returned; deciding on the raw string let "/.//evil.example" through as "//evil.example".

const PLACEHOLDER_ORIGIN = "http://return-path.invalid";

export const DEFAULT_RETURN_PATH = "/dashboard";

/** Pages a signed-in person is never sent back to: they would redirect again, in a loop. */
const NO_RETURN = new Set(["/sign-in", "/sign-up"]);

export function safeReturnPath(candidate: string | null | undefined, fallback = DEFAULT_RETURN_PATH): string {
  // Only a path: "/x". Anything else (a URL, "javascript:", a relative "x") is not ours to follow.
  if (!candidate?.startsWith("/")) return fallback;
  // URL parsers drop tabs and newlines ("/\t/host" becomes "//host"); refuse every control character.
  if (/[\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, PLACEHOLDER_ORIGIN);
  } catch {
    return fallback;
  }
  const normalised = `${url.pathname}${url.search}${url.hash}`;
  // Decide on what will be sent: a path of this origin that a browser cannot read as "//host".
  if (url.origin !== PLACEHOLDER_ORIGIN || !normalised.startsWith("/") || /^\/[/\\]/.test(normalised)) {
    return fallback;
  }
  if (NO_RETURN.has(url.pathname)) return fallback;
  return normalised;
}

/** The sign-in URL that brings the visitor back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/sign-in?next=${encodeURIComponent(safeReturnPath(path))}`;
}
