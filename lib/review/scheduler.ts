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

/** Each of our fields (camelCase, as the columns) and ts-fsrs's name for it (snake_case), for a card and for a log. */
const CARD_NAMES = {
  due: "due",
  stability: "stability",
  difficulty: "difficulty",
  elapsedDays: "elapsed_days",
  scheduledDays: "scheduled_days",
  learningSteps: "learning_steps",
  reps: "reps",
  lapses: "lapses",
  state: "state",
  lastReview: "last_review",
} as const satisfies { [K in keyof CardFields]-?: keyof Card };
const LOG_NAMES = {
  rating: "rating",
  state: "state",
  due: "due",
  stability: "stability",
  difficulty: "difficulty",
  elapsedDays: "elapsed_days",
  lastElapsedDays: "last_elapsed_days",
  scheduledDays: "scheduled_days",
  learningSteps: "learning_steps",
  review: "review",
} as const satisfies { [K in keyof LogFields]-?: keyof ReviewLog };

/** Copies only the named fields (a row from the database carries more), renamed one way or the other. */
function renamed(from: object, names: Record<string, string>, toFsrs: boolean): Record<string, unknown> {
  const source = from as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(names).map(([ours, theirs]) => (toFsrs ? [theirs, source[ours]] : [ours, source[theirs]])),
  );
}

// ts-fsrs leaves `last_review` out of a new card; the column is null.
const toCard = (c: CardFields) => ({ ...renamed(c, CARD_NAMES, true), last_review: c.lastReview ?? undefined }) as Card;
const fromCard = (c: Card) => ({ ...renamed(c, CARD_NAMES, false), lastReview: c.last_review ?? null }) as CardFields;
const toLog = (l: LogFields) => renamed(l, LOG_NAMES, true) as unknown as ReviewLog;
const fromLog = (l: ReviewLog) => renamed(l, LOG_NAMES, false) as unknown as LogFields;

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
