import {
  createEmptyCard,
  forgetting_curve,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
} from "ts-fsrs";

// Spaced repetition for practice questions: a thin, pure wrapper around ts-fsrs that speaks in the
// columns of the ReviewState table. No I/O and no clock: every function takes the time it should
// act at, so two tabs, a replay and a test all get the same answer for the same inputs.

import type { GradeName } from "./grades";

export { GRADES, type GradeName } from "./grades";

/** One user's schedule for one question: exactly the columns of the Prisma ReviewState model. */
export interface ReviewCard {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State` as an integer: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
}

// Default FSRS weights and retention, but no fuzz: fuzz spreads due dates randomly so a deck's
// reviews do not bunch up, which makes schedules impossible to reproduce from the attempt log
// (replayGrades) or to test. Our decks are small enough that bunching does not matter.
const PARAMS = generatorParameters({ enable_fuzz: false });
const scheduler = fsrs(PARAMS);

const RATINGS: Record<GradeName, Grade> = {
  AGAIN: Rating.Again,
  HARD: Rating.Hard,
  GOOD: Rating.Good,
  EASY: Rating.Easy,
};

const DAY_MS = 24 * 60 * 60 * 1000;

function toFsrsCard(card: ReviewCard): Card {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview ? { last_review: card.lastReview } : {}),
  };
}

function fromFsrsCard(card: Card): ReviewCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function assertValidDate(date: Date, name: string): void {
  if (Number.isNaN(date.getTime())) throw new RangeError(`${name} is an invalid Date`);
}

/** A question the user has never graded, due at `now`. */
export function newReviewCard(now: Date): ReviewCard {
  assertValidDate(now, "now");
  return fromFsrsCard(createEmptyCard(now));
}

/**
 * The schedule after grading `grade` at `at`; `card` null means the question was never graded.
 *
 * An `at` earlier than the card's last review (two tabs with skewed clocks, or a slow request
 * landing after a faster one) is clamped to the last review: ts-fsrs throws on a negative interval,
 * and treating the late grade as given at the same instant keeps both grades counted.
 */
export function applyGrade(card: ReviewCard | null, grade: GradeName, at: Date): ReviewCard {
  assertValidDate(at, "at");
  const base = card ?? newReviewCard(at);
  const reviewAt = base.lastReview && at < base.lastReview ? base.lastReview : at;
  return fromFsrsCard(scheduler.next(toFsrsCard(base), reviewAt, RATINGS[grade]).card);
}

/**
 * Recomputes a schedule from every grade a user gave one question, oldest first (a stable sort, so
 * grades at the same instant keep their input order). Replaying the log rather than updating the
 * stored row means two tabs grading concurrently both count, in the order they were given.
 * Null when there are no grades.
 */
export function replayGrades(grades: readonly { grade: GradeName; at: Date }[]): ReviewCard | null {
  return [...grades]
    .sort((x, y) => x.at.getTime() - y.at.getTime())
    .reduce<ReviewCard | null>((card, { grade, at }) => applyGrade(card, grade, at), null);
}

/**
 * FSRS retrievability at `now`: the modelled probability of recalling the answer, in [0, 1].
 * 0 for a question never graded; exactly 1 at (or before) the last review.
 *
 * Elapsed time is measured in fractional days, unlike ts-fsrs's `get_retrievability`, which floors
 * to whole days and so reads 100% all day after a failed attempt. A `now` before the last review
 * (clock skew) counts as no time elapsed rather than as a negative interval.
 */
export function recallProbability(card: ReviewCard | null, now: Date): number {
  if (!card || card.state === (State.New as number) || !card.lastReview) return 0;
  if (!(card.stability > 0)) return 0;
  const elapsedDays = Math.max(0, (now.getTime() - card.lastReview.getTime()) / DAY_MS);
  const recall = forgetting_curve(PARAMS.w, elapsedDays, card.stability);
  return Number.isFinite(recall) ? Math.min(1, Math.max(0, recall)) : 0;
}

/** Whether the question should be shown for review at `now`; a question never graded always is. */
export function isDue(card: ReviewCard | null, now: Date): boolean {
  return card === null || card.due.getTime() <= now.getTime();
}
