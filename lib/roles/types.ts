// Plain data the role and comparison pages are built from: what lib/roles/queries.ts reads, and
// what the pure functions in lib/roles/ take. Every figure is nullable, because sources differ in
// what they publish and a missing figure stays missing.

import type { SnapshotPopulation } from "@/lib/content/schemas";

export type BreakdownDimension = "WORK_MODE" | "SENIORITY" | "COUNTRY";

export interface RoleRef {
  slug: string;
  name: string;
}

export interface SnapshotSummary {
  slug: string;
  publisher: string;
  title: string;
  url: string;
  /** "YYYY-MM": the month the data describes. */
  dataMonth: string;
  /** Whom the figures describe; only job-postings snapshots carry the comparable figures. */
  population: SnapshotPopulation;
  caveats: string[];
  roles: RoleRef[];
}

export interface SkillFigure {
  skill: RoleRef;
  share: number | null;
  medianSalaryUsd: number | null;
  salarySampleSize: number | null;
  salaryPremiumUsd: number | null;
}

export interface Breakdown {
  dimension: BreakdownDimension;
  label: string;
  share: number;
}

export interface RoleFigures {
  role: RoleRef;
  medianBaseSalaryUsd: number | null;
  salarySampleSize: number | null;
  activePostings: number | null;
  remoteShare: number | null;
  entryLevelShare: number | null;
  breakdowns: Breakdown[];
  skills: SkillFigure[];
}

export interface ReportedFigure {
  key: string;
  label: string;
  value: number;
  unit: "ratio" | "share" | "usd" | "count";
  sampleSize: number | null;
}

/** One snapshot's figures, for the roles it covers, in the order the source gives them. */
export interface SnapshotFigures {
  snapshot: SnapshotSummary;
  roles: RoleFigures[];
  reported: ReportedFigure[];
}
