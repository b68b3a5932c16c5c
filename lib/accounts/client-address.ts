// The client's address, for the sign-in limits. Next.js fills X-Forwarded-For with the connection's
// address only when the request did not bring one, so without a proxy a client can name any
// address; behind N proxies that each append, the Nth entry from the right is the one the nearest
// trusted proxy saw. TRUSTED_PROXY_COUNT says which case applies (README, "Sign-in limits").

const UNKNOWN = "unknown";

export function clientAddress(forwardedFor: string | null, trustedProxyCount: number): string {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN;
  const entry = trustedProxyCount === 0 ? entries[0] : entries[entries.length - trustedProxyCount];
  // Bounded, so a forged header cannot make the counter keys arbitrarily long.
  return (entry ?? entries[0] ?? UNKNOWN).slice(0, 64);
}
