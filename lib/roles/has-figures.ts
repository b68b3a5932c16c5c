import type { RoleFigures } from "./types";

/**
 * Whether a snapshot gives any figure for a role. A snapshot lists each role it covers even when
 * it only reports figures of its own (a salary by seniority, a sample size), and such a snapshot
 * is no column in a table of figures.
 */
export function hasFigures(figures: RoleFigures): boolean {
  return (
    figures.medianBaseSalaryUsd !== null ||
    figures.activePostings !== null ||
    figures.remoteShare !== null ||
    figures.entryLevelShare !== null ||
    figures.breakdowns.length > 0 ||
    figures.skills.length > 0
  );
}
