import type { Difficulty } from "@/lib/recommendations/model";

import type { QuestionKindName, Round } from "./formats";

// Which questions a mock asks (issue 16): for each round, a question of its kind that practises the
// person's largest gaps for their target role, at the difficulty their mastery of that skill calls
// for, and not one practised in the last 14 days while others are left. Pure: the candidates and
// the person's priorities come in, the choice goes out, and a seed makes ties reproducible.

export const RECENT_DAYS = 14;
const DAY_MS = 86_400_000;

export interface MockCandidate {
  id: string;
  kind: QuestionKindName;
  difficulty: Difficulty;
  /** Skill slugs, the question's main skill first. */
  skills: readonly string[];
  /** The person's latest attempt at it, if any. */
  lastAttemptAt: Date | null;
}

export interface MockPriorities {
  /** Skill slugs, largest gap first (empty without a target role). */
  skillPriority: readonly string[];
  /** Difficulties in order of preference for a skill, from the person's mastery of it. */
  difficultyFor: (skillSlug: string) => readonly Difficulty[];
}

export interface ChosenQuestion {
  round: Round;
  question: MockCandidate;
}

/** A small seeded generator (mulberry32), so the same seed breaks ties the same way. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function fits(round: Round, candidate: MockCandidate): boolean {
  if (!round.kinds.includes(candidate.kind)) return false;
  return !round.skills || candidate.skills.some((skill) => round.skills!.includes(skill));
}

/**
 * One question per slot, never the same question twice. Returns null for a slot no question fits
 * (the caller says which round had none).
 */
export function chooseMockQuestions(input: {
  slots: readonly Round[];
  candidates: readonly MockCandidate[];
  priorities: MockPriorities;
  now: Date;
  seed: number;
}): (ChosenQuestion | null)[] {
  const random = seeded(input.seed);
  // One random tie-break per candidate, drawn once, so the order does not depend on the slot.
  const tieBreak = new Map(input.candidates.map((candidate) => [candidate.id, random()]));
  const rankOf = new Map(input.priorities.skillPriority.map((slug, index) => [slug, index]));
  const recentSince = input.now.getTime() - RECENT_DAYS * DAY_MS;
  const chosen = new Set<string>();

  const score = (candidate: MockCandidate) => {
    const recent =
      candidate.lastAttemptAt !== null && candidate.lastAttemptAt.getTime() >= recentSince ? 1 : 0;
    const ranks = candidate.skills.map((skill) => rankOf.get(skill) ?? Number.MAX_SAFE_INTEGER);
    const skillRank = Math.min(...ranks);
    const mainSkill = candidate.skills.find((skill) => rankOf.has(skill)) ?? candidate.skills[0] ?? "";
    const preference = input.priorities.difficultyFor(mainSkill);
    const difficultyRank = preference.indexOf(candidate.difficulty);
    return [
      recent,
      skillRank,
      difficultyRank === -1 ? preference.length : difficultyRank,
      tieBreak.get(candidate.id)!,
    ];
  };
  const compare = (a: number[], b: number[]) => {
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return a[index]! - b[index]!;
    return 0;
  };

  return input.slots.map((round) => {
    const options = input.candidates
      .filter((candidate) => !chosen.has(candidate.id) && fits(round, candidate))
      .map((candidate) => ({ candidate, key: score(candidate) }))
      .sort((a, b) => compare(a.key, b.key));
    const best = options[0]?.candidate;
    if (!best) return null;
    chosen.add(best.id);
    return { round, question: best };
  });
}
