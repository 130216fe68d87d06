// Submitting a quiz (with blanks if the student wishes) and asking for more time.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { extensionMs, MAX_EXTENSIONS } from "./attempt-rules";
import { getAttemptView, loadOwnAttempt } from "./attempts";

export async function finishAttempt({ attemptId, deviceId }: { attemptId: string; deviceId: string | null }) {
  const attempt = await loadOwnAttempt(attemptId, deviceId);
  if (!attempt.finishedAt) await db.attempt.update({ where: { id: attemptId }, data: { finishedAt: new Date() } });
  return getAttemptView({ attemptId, deviceId });
}

/** WCAG 2.2.1: a timed quiz can be extended with one simple action, at least ten times. */
export async function extendAttempt({
  attemptId,
  deviceId,
  now = new Date(),
}: {
  attemptId: string;
  deviceId: string | null;
  now?: Date;
}) {
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  const limit = attempt.assignment?.quiz.timeLimitSec;
  if (!attempt.deadlineAt || !limit) throw new ConflictError("This quiz has no time limit.", "no_time_limit");
  if (attempt.finishedAt) throw new ConflictError("This quiz is already finished.", "attempt_finished");
  if (attempt.extensions >= MAX_EXTENSIONS)
    throw new ConflictError("No more extensions are possible. Ask your teacher.", "no_more_extensions");
  const from = Math.max(attempt.deadlineAt.getTime(), now.getTime());
  const updated = await db.attempt.update({
    where: { id: attemptId },
    data: { deadlineAt: new Date(from + extensionMs(limit)), extensions: { increment: 1 } },
    select: { deadlineAt: true, extensions: true },
  });
  return {
    deadlineAt: updated.deadlineAt!.toISOString(),
    canExtend: updated.extensions < MAX_EXTENSIONS,
  };
}
