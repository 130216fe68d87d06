// Submitting a quiz (with blanks if the student wishes) and asking for more time.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { attemptEndsAt, extensionMs, MAX_EXTENSIONS } from "./attempt-rules";
import { getAttemptView, isCappedByDue, loadOwnAttempt, type OwnAttemptInput } from "./attempts";

export async function finishAttempt({ attemptId, deviceId, now = new Date() }: OwnAttemptInput) {
  // An attempt past its time limit or due date was closed at that moment by loadOwnAttempt: its finish stays there.
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  if (!attempt.finishedAt)
    await db.attempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: now } });
  return getAttemptView({ attemptId, deviceId, now });
}

/** WCAG 2.2.1: a timed quiz can be extended with one simple action, at least ten times. */
export async function extendAttempt({ attemptId, deviceId, now = new Date() }: OwnAttemptInput) {
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  const limit = attempt.assignment?.quiz.timeLimitSec;
  if (!attempt.deadlineAt || !limit) throw new ConflictError("This quiz has no time limit.", "no_time_limit");
  if (attempt.finishedAt) throw new ConflictError("This quiz is already finished.", "attempt_finished");
  // The due date binds everyone (issue 8): more time past it would only look like time.
  if (isCappedByDue(attempt))
    throw new ConflictError("The due date ends this quiz; no more time can be added.", "due_date_reached");
  if (attempt.extensions >= MAX_EXTENSIONS)
    throw new ConflictError("No more extensions are possible. Ask your teacher.", "no_more_extensions");
  const from = Math.max(attempt.deadlineAt.getTime(), now.getTime());
  const updated = await db.attempt.update({
    where: { id: attemptId },
    data: { deadlineAt: new Date(from + extensionMs(limit)), extensions: { increment: 1 } },
    select: { deadlineAt: true, extensions: true },
  });
  const capped = { ...attempt, deadlineAt: updated.deadlineAt };
  return {
    deadlineAt: attemptEndsAt(capped, attempt.assignment?.dueAt ?? null)!.toISOString(),
    canExtend: updated.extensions < MAX_EXTENSIONS && !isCappedByDue(capped),
  };
}
