// Submitting a quiz (with blanks if the student wishes) and asking for more time.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { attemptEndsAt, extensionMs, isInWarningPeriod, MAX_EXTENSIONS, warningMs } from "./attempt-rules";
import { getAttemptView, isCappedByDue, loadOwnAttempt, type OwnAttemptInput } from "./attempts";

export async function finishAttempt({ attemptId, deviceId, now = new Date() }: OwnAttemptInput) {
  // An attempt past its time limit or due date was closed at that moment by loadOwnAttempt: its finish stays there.
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  if (!attempt.finishedAt)
    await db.attempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: now } });
  return getAttemptView({ attemptId, deviceId, now });
}

/**
 * WCAG 2.2.1: a timed quiz can be extended with one simple action, at least ten times — but only in the warning
 * period before its end, by a bounded amount each time (issue 8: ten presses at the start made 1 minute into 21).
 */
export async function extendAttempt({ attemptId, deviceId, now = new Date() }: OwnAttemptInput) {
  // Two presses racing (two tabs, a double click) must not both count: the write only lands if no other did first.
  for (let tries = 0; ; tries++) {
    const attempt = await loadOwnAttempt(attemptId, deviceId, now);
    const limit = attempt.assignment?.quiz.timeLimitSec;
    if (!attempt.deadlineAt || !limit) throw new ConflictError("This quiz has no time limit.", "no_time_limit");
    if (attempt.finishedAt) throw new ConflictError("This quiz is already finished.", "attempt_finished");
    // The due date binds everyone (issue 8): more time past it would only look like time.
    if (isCappedByDue(attempt))
      throw new ConflictError("The due date ends this quiz; no more time can be added.", "due_date_reached");
    if (attempt.extensions >= MAX_EXTENSIONS)
      throw new ConflictError("No more extensions are possible. Ask your teacher.", "no_more_extensions");
    if (!isInWarningPeriod(attempt.deadlineAt, limit, now))
      throw new ConflictError(
        `More time can be asked for only in the last ${Math.round(warningMs(limit) / 1000)} seconds.`,
        "not_in_warning_period",
      );
    const from = Math.max(attempt.deadlineAt.getTime(), now.getTime());
    const deadlineAt = new Date(from + extensionMs(limit));
    // What the teacher sees as added: up to the due date, which the clock cannot pass anyway.
    const endsAt = attemptEndsAt({ deadlineAt }, attempt.assignment?.dueAt ?? null)!;
    const addedSec = Math.max(0, Math.round((endsAt.getTime() - attempt.deadlineAt.getTime()) / 1000));
    const { count } = await db.attempt.updateMany({
      where: { id: attemptId, finishedAt: null, extensions: attempt.extensions, deadlineAt: attempt.deadlineAt },
      data: { deadlineAt, extensions: { increment: 1 }, extendedSec: { increment: addedSec } },
    });
    if (count === 0) {
      if (tries < 2) continue; // someone else extended (or finished) it: decide again on what is there now
      throw new ConflictError("The quiz changed meanwhile. Try again.", "conflict");
    }
    const extended = { ...attempt, deadlineAt, extensions: attempt.extensions + 1 };
    return {
      deadlineAt: attemptEndsAt(extended, attempt.assignment?.dueAt ?? null)!.toISOString(),
      canExtend: extended.extensions < MAX_EXTENSIONS && !isCappedByDue(extended),
    };
  }
}
