// The rules of an attempt that depend on its quiz settings, as pure functions (no database): when an attempt closes
// (time limit, due date), when verdicts and keys may be shown, how much more time a student may ask for (WCAG 2.2.1
// "Timing Adjustable").
import "server-only";
import { reviewShowOf, type ReviewShow } from "@/lib/validation/quizzes";
import { hashInt, shuffle } from "@/questions/util";

export type { ReviewShow };

export type FeedbackMode = "immediate" | "after_submit" | "after_due";

/** The phases of an answer's life, as Moodle's review options: the teacher picks what each shows (issue 8). */
export type ReviewPhase = "during" | "after_submit" | "after_close";

/** Answers saved a few seconds after the deadline still count (network latency, a click at 0:00). */
export const DEADLINE_GRACE_MS = 5_000;
/** WCAG 2.2.1 asks that the time can be extended at least ten times. */
export const MAX_EXTENSIONS = 10;

export interface RuleAttempt {
  finishedAt: Date | null;
  deadlineAt: Date | null;
  assignment: null | { dueAt: Date | null; quiz: { feedback: string; timeLimitSec: number | null } };
}

/** A quiz's review options, as stored (Quiz.reviewDuring/AfterSubmit/AfterClose). */
export interface ReviewOptions {
  reviewDuring: string;
  reviewAfterSubmit: string;
  reviewAfterClose: string;
}

/** The Prisma select of a quiz's review options. */
export const REVIEW_OPTIONS_SELECT = { reviewDuring: true, reviewAfterSubmit: true, reviewAfterClose: true } as const;

/** An attempt with its quiz's review options: what keys depend on. */
export interface KeysAttempt extends RuleAttempt {
  assignment: null | {
    dueAt: Date | null;
    quiz: { feedback: string; timeLimitSec: number | null } & ReviewOptions;
  };
}

export function feedbackMode(a: RuleAttempt): FeedbackMode {
  const f = a.assignment?.quiz.feedback;
  return f === "after_submit" || f === "after_due" ? f : "immediate";
}

/**
 * Has the due date (and its grace) passed? Then no answer counts any more and every attempt is closed (issue 8:
 * answers posted after the due date, when keys may already be out, must not change a score).
 */
export function isPastDue(dueAt: Date | null | undefined, now: Date): boolean {
  return dueAt != null && now.getTime() > dueAt.getTime() + DEADLINE_GRACE_MS;
}

/** When an attempt stops taking answers: its time limit or the assignment's due date, whichever comes first. */
export function attemptEndsAt(a: Pick<RuleAttempt, "deadlineAt">, dueAt: Date | null = null): Date | null {
  if (a.deadlineAt && dueAt) return a.deadlineAt.getTime() <= dueAt.getTime() ? a.deadlineAt : dueAt;
  return a.deadlineAt ?? dueAt;
}

/** Time is up: the attempt's end (time limit or due date) and its grace have passed. */
export function isTimeUp(a: Pick<RuleAttempt, "deadlineAt">, now: Date, dueAt: Date | null = null): boolean {
  const end = attemptEndsAt(a, dueAt);
  return end !== null && now.getTime() > end.getTime() + DEADLINE_GRACE_MS;
}

/**
 * When the attempt finished, as things stand at `now`: its recorded finish, or — for one left open past its end —
 * that end (it counts as closed even before anyone writes it down); null while it can still take answers.
 */
export function finishedAsOf(
  a: Pick<RuleAttempt, "finishedAt" | "deadlineAt">,
  dueAt: Date | null,
  now: Date,
): Date | null {
  if (a.finishedAt) return a.finishedAt;
  return isTimeUp(a, now, dueAt) ? attemptEndsAt(a, dueAt) : null;
}

/** May the student see verdicts and the score now? Practice and "immediate" quizzes: always. */
export function canReveal(a: RuleAttempt, now: Date): boolean {
  switch (feedbackMode(a)) {
    case "immediate":
      return true;
    case "after_submit":
      return a.finishedAt !== null;
    case "after_due":
      return a.finishedAt !== null && isPastDue(a.assignment?.dueAt, now);
  }
}

/** The student's other attempts at the same assignment, and how many the quiz allows. */
export interface OtherAttempts {
  others: Pick<RuleAttempt, "finishedAt" | "deadlineAt">[];
  attemptsAllowed: number;
}

/**
 * Could the student still change their score at this assignment other than through this attempt's own (already
 * locked) answers: another attempt still open, or a new one they may start (attempts left, not yet due)?
 */
function hasOtherChance({ others, attemptsAllowed }: OtherAttempts, dueAt: Date | null, now: Date): boolean {
  if (others.some((o) => finishedAsOf(o, dueAt, now) === null)) return true;
  const isStartable = !(dueAt && now.getTime() > dueAt.getTime()); // as startAssignmentAttempt decides
  return isStartable && others.length + 1 < attemptsAllowed;
}

/**
 * May the student see the keys and their evidence? Only once verdicts may be shown and no attempt can still change
 * their score (the last attempt is used, or the due date has passed): otherwise attempt 1's keys score full marks in
 * attempt 2 (issue 8, "retries reveal keys"). Until then a student sees correct/incorrect only, as Moodle's default.
 */
export function canShowKeys(a: KeysAttempt, now: Date, other: OtherAttempts | null): boolean {
  return (
    canReveal(a, now) &&
    !(a.assignment && other && hasOtherChance(other, a.assignment.dueAt, now)) &&
    reviewShows(a, now) === "keys"
  );
}

/**
 * Where the attempt is at `now`: still taking answers ("during"), submitted before the due date ("after_submit"), or
 * its assignment closed — the due date has passed ("after_close"). Time-ups count as submitted.
 */
export function reviewPhase(a: RuleAttempt, now: Date): ReviewPhase {
  if (a.assignment && isPastDue(a.assignment.dueAt, now)) return "after_close";
  return finishedAsOf(a, a.assignment?.dueAt ?? null, now) ? "after_submit" : "during";
}

/** What the quiz's teacher chose to show in a phase; a stored value other than "keys" reads as "verdict" (safe). */
export function reviewOption(quiz: ReviewOptions, phase: ReviewPhase): ReviewShow {
  const v =
    phase === "during" ? quiz.reviewDuring : phase === "after_submit" ? quiz.reviewAfterSubmit : quiz.reviewAfterClose;
  return reviewShowOf(v);
}

/** The teacher's choice for the attempt's phase now; practice (no assignment) always shows keys. */
export function reviewShows(a: KeysAttempt, now: Date): ReviewShow {
  return a.assignment ? reviewOption(a.assignment.quiz, reviewPhase(a, now)) : "keys";
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * The warning period: the last quarter of the time limit, at least 20 s (WCAG 2.2.1 gives the student at least 20 s
 * to ask) and at most a minute. More time can be asked for only then (issue 8: pressed ten times at the start, it
 * turned a 1-minute quiz into 21 minutes).
 */
export function warningMs(timeLimitSec: number): number {
  return clamp(Math.round((timeLimitSec * 1000) / 4), 20_000, 60_000);
}

/** The player's clock and the server's may differ by a few seconds: a press just as the warning shows still counts. */
const WARNING_CLOCK_SLACK_MS = 3_000;

/** Is the attempt's own deadline close enough that more time may be asked for? */
export function isInWarningPeriod(deadlineAt: Date, timeLimitSec: number, now: Date): boolean {
  return deadlineAt.getTime() - now.getTime() <= warningMs(timeLimitSec) + WARNING_CLOCK_SLACK_MS;
}

/**
 * One extension adds a quarter of the quiz's time limit, at least 30 s and at most 5 minutes: never less than the
 * warning period (so one press takes the student out of it), and ten of them stay bounded (a 1-minute quiz can grow
 * by 5 minutes at most, and only by running low each time).
 */
export function extensionMs(timeLimitSec: number): number {
  return clamp(Math.round((timeLimitSec * 1000) / 4), 30_000, 300_000);
}

/** A teacher's accommodation for one student (lib/assignments/set-accommodation.ts). */
export interface AccommodationRule {
  extraTimePercent: number;
  extraTimeMin: number;
  extraAttempts: number;
}

/** The extra seconds an accommodation gives on a time limit: +N% of it and +M minutes. */
export function accommodationSec(timeLimitSec: number, a: AccommodationRule | null | undefined): number {
  if (!a) return 0;
  return Math.round((timeLimitSec * a.extraTimePercent) / 100) + a.extraTimeMin * 60;
}

/** The attempts this student may make: the quiz's, plus any the teacher granted. */
export function attemptsAllowedFor(quizAttemptsAllowed: number, a: AccommodationRule | null | undefined): number {
  return quizAttemptsAllowed + (a?.extraAttempts ?? 0);
}

/** A student's own deterministic order: the same student sees the same order on every device and reload. */
export function studentOrder<T>(items: readonly T[], studentId: string, salt: string): T[] {
  return shuffle(items, hashInt(`${studentId}:${salt}`));
}
