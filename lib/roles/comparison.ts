import {
  formatCount,
  formatMonth,
  formatPercentRounded,
  formatRatio,
  formatShare,
  formatUsd,
} from "@/lib/format";

import type { ReportedFigure, RoleFigures, RoleRef, SkillFigure, SnapshotFigures } from "./types";

// Everything a comparison page says beyond the stored figures is computed here from one snapshot,
// never typed in: the salary gap and premium, the posting ratio, the skills each role shares or
// has to itself, the sharpest divergences, the findings and the FAQ. Pure functions, no I/O.

/** A skill counts for a role when at least this share of its postings asks for it. */
export const SKILL_THRESHOLD = 0.1;
/** How many divergences the findings and the "who it suits" lists name. */
const DIVERGENCE_COUNT = 5;

export interface SalaryGap {
  higher: RoleRef;
  lower: RoleRef;
  higherMedian: number;
  lowerMedian: number;
  dollars: number;
  /** The gap as a share of the lower median: the premium the higher-paid role commands. */
  premium: number;
}

export interface PostingRatio {
  larger: RoleRef;
  smaller: RoleRef;
  largerPostings: number;
  smallerPostings: number;
  ratio: number;
}

export interface SkillPair {
  skill: RoleRef;
  a: number | null;
  b: number | null;
}

export interface PayingSkill {
  skill: RoleRef;
  medianSalaryUsd: number;
  salarySampleSize: number | null;
  /** Computed: the skill's median minus the role's median (null without a role median). */
  overRoleMedian: number | null;
}

export interface PrintedPremium {
  skill: RoleRef;
  salaryPremiumUsd: number;
}

export interface Finding {
  text: string;
  /** True when the figure in the text is our arithmetic on the stored figures, not printed by the source. */
  computed: boolean;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

export interface Comparison {
  a: RoleFigures;
  b: RoleFigures;
  salaryGap: SalaryGap | null;
  postingRatio: PostingRatio | null;
  topSkill: { a: SkillFigure | null; b: SkillFigure | null };
  /** Every skill either role has a share for, most asked-for first. */
  skills: SkillPair[];
  /** Skills both roles have a share for, by the size of the difference. */
  divergences: SkillPair[];
  shared: SkillPair[];
  onlyA: SkillPair[];
  onlyB: SkillPair[];
  computedOverlap: { jaccard: number; shared: number; union: number } | null;
  reportedFigures: ReportedFigure[];
  topPaying: { a: PayingSkill[]; b: PayingSkill[] };
  printedPremiums: { a: PrintedPremium[]; b: PrintedPremium[] };
  suits: { a: SkillPair[]; b: SkillPair[] };
  findings: Finding[];
  faq: FaqEntry[];
}

export function salaryGap(a: RoleFigures, b: RoleFigures): SalaryGap | null {
  if (a.medianBaseSalaryUsd === null || b.medianBaseSalaryUsd === null) return null;
  const [higher, lower] = a.medianBaseSalaryUsd >= b.medianBaseSalaryUsd ? [a, b] : [b, a];
  const higherMedian = higher.medianBaseSalaryUsd!;
  const lowerMedian = lower.medianBaseSalaryUsd!;
  return {
    higher: higher.role,
    lower: lower.role,
    higherMedian,
    lowerMedian,
    dollars: higherMedian - lowerMedian,
    premium: (higherMedian - lowerMedian) / lowerMedian,
  };
}

export function postingRatio(a: RoleFigures, b: RoleFigures): PostingRatio | null {
  if (!a.activePostings || !b.activePostings) return null;
  const [larger, smaller] = a.activePostings >= b.activePostings ? [a, b] : [b, a];
  return {
    larger: larger.role,
    smaller: smaller.role,
    largerPostings: larger.activePostings!,
    smallerPostings: smaller.activePostings!,
    ratio: larger.activePostings! / smaller.activePostings!,
  };
}

export function topSkill(role: RoleFigures): SkillFigure | null {
  let best: SkillFigure | null = null;
  for (const figure of role.skills) {
    if (figure.share !== null && (best === null || figure.share > best.share!)) best = figure;
  }
  return best;
}

/** Pairs up both roles' shares by skill; a skill a role has no share for is null there, never 0. */
export function pairSkills(a: RoleFigures, b: RoleFigures): SkillPair[] {
  const pairs = new Map<string, SkillPair>();
  const entry = (skill: RoleRef) =>
    pairs.get(skill.slug) ?? pairs.set(skill.slug, { skill, a: null, b: null }).get(skill.slug)!;
  for (const figure of a.skills) if (figure.share !== null) entry(figure.skill).a = figure.share;
  for (const figure of b.skills) if (figure.share !== null) entry(figure.skill).b = figure.share;
  const peak = (pair: SkillPair) => Math.max(pair.a ?? 0, pair.b ?? 0);
  return [...pairs.values()].sort((x, y) => peak(y) - peak(x) || x.skill.name.localeCompare(y.skill.name));
}

export function difference(pair: SkillPair): number | null {
  return pair.a !== null && pair.b !== null ? pair.a - pair.b : null;
}

export function divergences(pairs: SkillPair[]): SkillPair[] {
  return pairs
    .filter((pair) => difference(pair) !== null)
    .sort(
      (x, y) =>
        Math.abs(difference(y)!) - Math.abs(difference(x)!) || x.skill.name.localeCompare(y.skill.name),
    );
}

const counts = (share: number | null, threshold: number) => share !== null && share >= threshold;

/** Shared: both roles at or above the threshold. Only one: that role at or above, the other below or not reported. */
export function splitByThreshold(pairs: SkillPair[], threshold = SKILL_THRESHOLD) {
  return {
    shared: pairs.filter((p) => counts(p.a, threshold) && counts(p.b, threshold)),
    onlyA: pairs.filter((p) => counts(p.a, threshold) && !counts(p.b, threshold)),
    onlyB: pairs.filter((p) => counts(p.b, threshold) && !counts(p.a, threshold)),
  };
}

/** Jaccard overlap of the skills each role reaches the threshold for, over the skills we hold. */
export function computedOverlap(pairs: SkillPair[], threshold = SKILL_THRESHOLD) {
  const { shared, onlyA, onlyB } = splitByThreshold(pairs, threshold);
  const union = shared.length + onlyA.length + onlyB.length;
  return union === 0 ? null : { jaccard: shared.length / union, shared: shared.length, union };
}

export function topPaying(role: RoleFigures): PayingSkill[] {
  return role.skills
    .filter((figure): figure is SkillFigure & { medianSalaryUsd: number } => figure.medianSalaryUsd !== null)
    .map((figure) => ({
      skill: figure.skill,
      medianSalaryUsd: figure.medianSalaryUsd,
      salarySampleSize: figure.salarySampleSize,
      overRoleMedian:
        role.medianBaseSalaryUsd === null ? null : figure.medianSalaryUsd - role.medianBaseSalaryUsd,
    }))
    .sort((x, y) => y.medianSalaryUsd - x.medianSalaryUsd);
}

export function printedPremiums(role: RoleFigures): PrintedPremium[] {
  return role.skills
    .filter(
      (figure): figure is SkillFigure & { salaryPremiumUsd: number } => figure.salaryPremiumUsd !== null,
    )
    .map((figure) => ({ skill: figure.skill, salaryPremiumUsd: figure.salaryPremiumUsd }))
    .sort((x, y) => y.salaryPremiumUsd - x.salaryPremiumUsd);
}

/** The skills that lean to each role: clearly more asked for there, or asked for only there. */
export function leaningSkills(pairs: SkillPair[], threshold = SKILL_THRESHOLD) {
  const lean = (side: "a" | "b") => {
    const other = side === "a" ? "b" : "a";
    return pairs
      .filter(
        (p) => counts(p[side], threshold) && (p[other] === null || p[side]! - p[other] >= threshold / 2),
      )
      .sort((x, y) => y[side]! - (y[other] ?? 0) - (x[side]! - (x[other] ?? 0)))
      .slice(0, DIVERGENCE_COUNT);
  };
  return { a: lean("a"), b: lean("b") };
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function sampleNote(...sizes: (number | null)[]): string {
  const known = sizes.filter((n): n is number => n !== null);
  return known.length === sizes.length ? ` (n=${known.map(formatCount).join(" and n=")})` : "";
}

function describePair(pair: SkillPair, a: RoleRef, b: RoleRef): string {
  return `${pair.skill.name} (${formatShare(pair.a!)} of ${a.name} postings vs ${formatShare(pair.b!)} of ${b.name})`;
}

function buildFindings(c: Omit<Comparison, "findings" | "faq">): Finding[] {
  const findings: Finding[] = [];
  const { a, b } = c;
  if (c.salaryGap) {
    const g = c.salaryGap;
    const higher = g.higher.slug === a.role.slug ? a : b;
    const lower = higher === a ? b : a;
    findings.push({
      computed: true,
      text:
        `${g.higher.name} postings pay a median ${formatUsd(g.higherMedian)} US base salary, ` +
        `${formatUsd(g.dollars)} (${formatPercentRounded(g.premium)}) more than ${g.lower.name} postings at ` +
        `${formatUsd(g.lowerMedian)}${sampleNote(higher.salarySampleSize, lower.salarySampleSize)}.`,
    });
  }
  if (c.postingRatio) {
    const r = c.postingRatio;
    findings.push({
      computed: true,
      text: `${r.larger.name} has ${formatRatio(r.ratio)} as many active postings as ${r.smaller.name}: ${formatCount(r.largerPostings)} against ${formatCount(r.smallerPostings)}.`,
    });
  }
  const sharpest = c.divergences.slice(0, 2);
  if (sharpest.length > 0) {
    findings.push({
      computed: true,
      text: `The sharpest divergence${sharpest.length > 1 ? "s" : ""} in skill demand: ${list(sharpest.map((p) => describePair(p, a.role, b.role)))}.`,
    });
  }
  if (c.topSkill.a && c.topSkill.b) {
    findings.push({
      computed: false,
      text: `The most asked-for skill is ${c.topSkill.a.skill.name} for ${a.role.name} (${formatShare(c.topSkill.a.share!)}) and ${c.topSkill.b.skill.name} for ${b.role.name} (${formatShare(c.topSkill.b.share!)}).`,
    });
  }
  if (a.remoteShare !== null && b.remoteShare !== null) {
    findings.push({
      computed: false,
      text: `Remote postings: ${formatShare(a.remoteShare)} for ${a.role.name}, ${formatShare(b.remoteShare)} for ${b.role.name}.`,
    });
  }
  if (a.entryLevelShare !== null && b.entryLevelShare !== null) {
    findings.push({
      computed: false,
      text: `Entry-level postings: ${formatShare(a.entryLevelShare)} for ${a.role.name}, ${formatShare(b.entryLevelShare)} for ${b.role.name}.`,
    });
  }
  return findings;
}

function buildFaq(c: Omit<Comparison, "findings" | "faq">, source: string): FaqEntry[] {
  const faq: FaqEntry[] = [];
  const { a, b } = c;
  const names = `${a.role.name} and ${b.role.name}`;
  if (c.salaryGap) {
    const g = c.salaryGap;
    faq.push({
      question: `What is the median US base salary of a ${a.role.name} compared with a ${b.role.name}?`,
      answer:
        `In ${source}, ${a.role.name} postings have a median US base salary of ${formatUsd(a.medianBaseSalaryUsd!)}${sampleNote(a.salarySampleSize)} ` +
        `and ${b.role.name} postings ${formatUsd(b.medianBaseSalaryUsd!)}${sampleNote(b.salarySampleSize)}: ` +
        `${g.higher.name} is ${formatUsd(g.dollars)} (${formatPercentRounded(g.premium)}) higher.`,
    });
  }
  if (c.postingRatio) {
    const r = c.postingRatio;
    faq.push({
      question: `Which role has more job postings, ${names}?`,
      answer: `${r.larger.name}: ${formatCount(r.largerPostings)} active postings against ${formatCount(r.smallerPostings)} for ${r.smaller.name}, ${formatRatio(r.ratio)} as many, in ${source}.`,
    });
  }
  if (c.shared.length > 0) {
    faq.push({
      question: `Which skills do ${names} share?`,
      answer: `Asked for in at least ${formatShare(SKILL_THRESHOLD)} of the postings of both roles: ${list(c.shared.map((p) => `${p.skill.name} (${formatShare(p.a!)} and ${formatShare(p.b!)})`))}.`,
    });
  }
  for (const [role, other, only] of [
    [b, a, c.onlyB],
    [a, b, c.onlyA],
  ] as const) {
    if (only.length === 0) continue;
    faq.push({
      question: `What skills does a ${role.role.name} need that a ${other.role.name} does not?`,
      answer: `Skills in at least ${formatShare(SKILL_THRESHOLD)} of ${role.role.name} postings and below that, or not reported, for ${other.role.name}: ${list(only.map((p) => `${p.skill.name} (${formatShare(p[role === a ? "a" : "b"]!)})`))}.`,
    });
  }
  if (a.entryLevelShare !== null && b.entryLevelShare !== null && a.entryLevelShare !== b.entryLevelShare) {
    const [easier, harder] = a.entryLevelShare > b.entryLevelShare ? [a, b] : [b, a];
    faq.push({
      question: `Which role is easier to enter as a beginner?`,
      answer: `By the share of entry-level postings, ${easier.role.name}: ${formatShare(easier.entryLevelShare!)} of its postings against ${formatShare(harder.entryLevelShare!)} for ${harder.role.name}.`,
    });
  }
  if (a.remoteShare !== null && b.remoteShare !== null && a.remoteShare !== b.remoteShare) {
    const [more, less] = a.remoteShare > b.remoteShare ? [a, b] : [b, a];
    faq.push({
      question: `Which role offers more remote work?`,
      answer: `${more.role.name}: ${formatShare(more.remoteShare!)} of its postings are remote, against ${formatShare(less.remoteShare!)} for ${less.role.name}.`,
    });
  }
  return faq;
}

/** Builds the comparison of roles `aSlug` and `bSlug` from one snapshot that covers both. */
export function buildComparison(figures: SnapshotFigures, aSlug: string, bSlug: string): Comparison {
  const find = (slug: string) => {
    const role = figures.roles.find((r) => r.role.slug === slug);
    if (!role) throw new Error(`Snapshot ${figures.snapshot.slug} does not cover ${slug}`);
    return role;
  };
  const a = find(aSlug);
  const b = find(bSlug);
  const skills = pairSkills(a, b);
  const base = {
    a,
    b,
    salaryGap: salaryGap(a, b),
    postingRatio: postingRatio(a, b),
    topSkill: { a: topSkill(a), b: topSkill(b) },
    skills,
    divergences: divergences(skills),
    ...splitByThreshold(skills),
    computedOverlap: computedOverlap(skills),
    reportedFigures: figures.reported,
    topPaying: { a: topPaying(a), b: topPaying(b) },
    printedPremiums: { a: printedPremiums(a), b: printedPremiums(b) },
    suits: leaningSkills(skills),
  };
  const source = `${figures.snapshot.publisher}'s ${formatMonth(figures.snapshot.dataMonth)} data`;
  return { ...base, findings: buildFindings(base), faq: buildFaq(base, source) };
}
