import { printedPremiums, topPaying, type PayingSkill, type PrintedPremium } from "./comparison";
import type { RoleFigures, RoleRef, SnapshotSummary } from "./types";

// Every skill figure we hold for one role, source by source (issue 17): the role page used to chart
// only the newest source's skills, three for Machine Learning Engineer where the comparison with
// Data Scientist charts twenty-nine. Each source's figures stay with that source: a share and a
// salary are only ever shown beside the snapshot they come from, never merged or averaged.

export interface SkillShare {
  skill: RoleRef;
  share: number;
}

export interface SourceSkills {
  snapshot: SnapshotSummary;
  /** The role's own figures in this snapshot: the role median the pay table measures against. */
  figures: RoleFigures;
  /** Skills this source gives a posting share for, most asked-for first. */
  shares: SkillShare[];
  /** Skills this source gives a median salary for, highest first. */
  paying: PayingSkill[];
  /** Skill premiums as the source printed them, largest first. */
  premiums: PrintedPremium[];
}

/** How many skill figures (shares, medians, premiums) a source gives for the role. */
export function skillFigureCount(source: SourceSkills): number {
  return source.shares.length + source.paying.length + source.premiums.length;
}

/**
 * The skill figures each source gives for the role, leaving out sources that give none. Newest
 * data first, as on the rest of the role page; within a month, the source with the most skill
 * figures first, then by slug, so the order is stable.
 */
export function skillsBySource(
  sources: { snapshot: SnapshotSummary; figures: RoleFigures }[],
): SourceSkills[] {
  return sources
    .map(({ snapshot, figures }) => ({
      snapshot,
      figures,
      shares: figures.skills
        .flatMap((figure) => (figure.share === null ? [] : [{ skill: figure.skill, share: figure.share }]))
        .sort((x, y) => y.share - x.share || x.skill.name.localeCompare(y.skill.name)),
      paying: topPaying(figures),
      premiums: printedPremiums(figures),
    }))
    .filter((source) => skillFigureCount(source) > 0)
    .sort(
      (x, y) =>
        y.snapshot.dataMonth.localeCompare(x.snapshot.dataMonth) ||
        skillFigureCount(y) - skillFigureCount(x) ||
        x.snapshot.slug.localeCompare(y.snapshot.slug),
    );
}

/** The distinct skills the sources give any figure for. */
export function distinctSkillCount(sources: SourceSkills[]): number {
  return new Set(
    sources.flatMap((source) => [
      ...source.shares.map((s) => s.skill.slug),
      ...source.paying.map((p) => p.skill.slug),
      ...source.premiums.map((p) => p.skill.slug),
    ]),
  ).size;
}
