// FSRS through ts-fsrs with its default parameters; only the desired retention is the student's (settings). Converts
// between ts-fsrs's Card/ReviewLog and our rows. Pure: the clock is always passed in.
import "server-only";
import { createEmptyCard, fsrs, type Card, type Grade, type ReviewLog } from "ts-fsrs";

export const DEFAULT_RETENTION = 0.9;
export const MIN_RETENTION = 0.7;
export const MAX_RETENTION = 0.97;
/** Mastered: in review state with a stability (days until recall drops to 90%) of three weeks or more. */
const MASTERY_STABILITY_DAYS = 21;

export interface CardFields {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}
export interface LogFields {
  rating: number;
  state: number;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: Date;
}

const schedulerFor = (retention: number) => fsrs({ request_retention: retention, enable_fuzz: false });

function toCard(c: CardFields): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsedDays,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.lastReview ?? undefined,
  };
}
function fromCard(c: Card): CardFields {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
  };
}
function fromLog(l: ReviewLog): LogFields {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsedDays: l.elapsed_days,
    lastElapsedDays: l.last_elapsed_days,
    scheduledDays: l.scheduled_days,
    learningSteps: l.learning_steps,
    review: l.review,
  };
}
function toLog(l: LogFields): ReviewLog {
  return {
    rating: l.rating,
    state: l.state,
    due: l.due,
    stability: l.stability,
    difficulty: l.difficulty,
    elapsed_days: l.elapsedDays,
    last_elapsed_days: l.lastElapsedDays,
    scheduled_days: l.scheduledDays,
    learning_steps: l.learningSteps,
    review: l.review,
  };
}

export function newCard(now: Date): CardFields {
  return fromCard(createEmptyCard(now));
}

/** The card after a review rated `grade` at `now`, and the log of it (which keeps the card as it was before). */
export function scheduleReview(card: CardFields, now: Date, grade: Grade, retention = DEFAULT_RETENTION) {
  const { card: next, log } = schedulerFor(retention).next(toCard(card), now, grade);
  return { card: fromCard(next), log: fromLog(log) };
}

/** Undo the review `log` on `card` (a student correcting the rating of a typed answer). */
export function rollbackReview(card: CardFields, log: LogFields, retention = DEFAULT_RETENTION): CardFields {
  return fromCard(schedulerFor(retention).rollback(toCard(card), toLog(log)));
}

export function isMastered(c: Pick<CardFields, "state" | "stability">): boolean {
  return c.state === 2 && c.stability >= MASTERY_STABILITY_DAYS;
}
