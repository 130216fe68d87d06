// The rules of an attempt that depend on its quiz settings, as pure functions (no database): when the key may be
// shown, whether time is up, how much more time a student may ask for (WCAG 2.2.1 "Timing Adjustable").
import { hashInt, shuffle } from "@/questions/util";

export type FeedbackMode = "immediate" | "after_submit" | "after_due";
export const FEEDBACK_MODES = ["immediate", "after_submit", "after_due"] as const;

/** Answers saved a few seconds after the deadline still count (network latency, a click at 0:00). */
export const DEADLINE_GRACE_MS = 5_000;
/** WCAG 2.2.1 asks that the time can be extended at least ten times. */
export const MAX_EXTENSIONS = 10;

export interface RuleAttempt {
  finishedAt: Date | null;
  deadlineAt: Date | null;
  assignment: null | { dueAt: Date | null; quiz: { feedback: string; timeLimitSec: number | null } };
}

export function feedbackMode(a: RuleAttempt): FeedbackMode {
  const f = a.assignment?.quiz.feedback;
  return f === "after_submit" || f === "after_due" ? f : "immediate";
}

/** May the student see keys, verdicts and scores now? Practice and "immediate" quizzes: always. */
export function canReveal(a: RuleAttempt, now: Date): boolean {
  switch (feedbackMode(a)) {
    case "immediate":
      return true;
    case "after_submit":
      return a.finishedAt !== null;
    case "after_due": {
      const due = a.assignment?.dueAt;
      return a.finishedAt !== null && due != null && now.getTime() >= due.getTime();
    }
  }
}

export function isTimeUp(a: Pick<RuleAttempt, "deadlineAt">, now: Date): boolean {
  return a.deadlineAt !== null && now.getTime() > a.deadlineAt.getTime() + DEADLINE_GRACE_MS;
}

/** One extension adds half the quiz's time limit, at least two minutes. */
export function extensionMs(timeLimitSec: number): number {
  return Math.max(120_000, Math.round((timeLimitSec * 1000) / 2));
}

/** A student's own deterministic order: the same student sees the same order on every device and reload. */
export function studentOrder<T>(items: readonly T[], studentId: string, salt: string): T[] {
  return shuffle(items, hashInt(`${studentId}:${salt}`));
}
