// Comparison URLs: /compare/<a>-vs-<b>, with the two role slugs in alphabetical order. The rule
// needs no database, so the role picker and the reversed-order redirect can apply it anywhere.

const SEPARATOR = "-vs-";

export type ParsedPair =
  | { kind: "pair"; a: string; b: string; canonical: string; isCanonical: boolean }
  | { kind: "same"; slug: string }
  | { kind: "invalid" };

export function pairSlug(a: string, b: string): string {
  const [first, second] = [a, b].sort();
  return `${first}${SEPARATOR}${second}`;
}

export function parsePairSlug(value: string): ParsedPair {
  const parts = value.split(SEPARATOR);
  if (parts.length !== 2 || !parts[0] || !parts[1]) return { kind: "invalid" };
  const [a, b] = parts as [string, string];
  if (a === b) return { kind: "same", slug: a };
  const canonical = pairSlug(a, b);
  return { kind: "pair", a, b, canonical, isCanonical: canonical === value };
}

export function comparePath(a: string, b: string): string {
  return `/compare/${pairSlug(a, b)}`;
}
