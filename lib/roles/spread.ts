import type { SnapshotSummary } from "./types";

export interface SalarySpread {
  min: { snapshot: SnapshotSummary; median: number };
  max: { snapshot: SnapshotSummary; median: number };
  count: number;
}

/**
 * The lowest and highest median a role gets across sources. Only the two extremes are named, each
 * with its own source: the medians are never averaged or blended. Null with fewer than two medians.
 */
export function salarySpread(
  entries: { snapshot: SnapshotSummary; median: number | null }[],
): SalarySpread | null {
  const known = entries.filter((e): e is { snapshot: SnapshotSummary; median: number } => e.median !== null);
  if (known.length < 2) return null;
  const sorted = [...known].sort((x, y) => x.median - y.median);
  return { min: sorted[0]!, max: sorted.at(-1)!, count: known.length };
}
