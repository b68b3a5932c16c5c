// Which snapshot a role's demand d_T(s) comes from. The newest data first; among snapshots of the
// same month, the one reporting the most skills for the role, because a plan built on a pairwise
// analysis that lists three skills would call every other skill "not asked for". Then by slug, so
// the choice is stable. getRoleDemand and the methodology page both choose through this.

export interface DemandCandidate {
  slug: string;
  dataMonth: Date;
  /** Skills with a reported share for the role in this snapshot. */
  skillsReported: number;
}

export function compareDemandCandidates(a: DemandCandidate, b: DemandCandidate): number {
  return (
    b.dataMonth.getTime() - a.dataMonth.getTime() ||
    b.skillsReported - a.skillsReported ||
    (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
  );
}

export function pickDemandSnapshot<T extends DemandCandidate>(candidates: readonly T[]): T | null {
  const usable = candidates.filter((candidate) => candidate.skillsReported > 0);
  return [...usable].sort(compareDemandCandidates)[0] ?? null;
}
