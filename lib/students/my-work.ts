// "My work": for each class this device's students are in, the assignments sorted into to do / done / upcoming /
// closed. Only this device's students, only their own attempts; a score only when the quiz's feedback setting allows.
import "server-only";
import { roundScore } from "@/lib/attempts/answer-credit";
import { attemptsAllowedFor, canReveal, finishedAsOf } from "@/lib/attempts/attempt-rules";
import { db } from "@/lib/db";
import { studentIdsForDevice } from "./device-students";

export interface MyAssignment {
  assignmentId: string;
  quizTitle: string;
  opensAt: Date;
  dueAt: Date | null;
  timeLimitSec: number | null;
  attemptsAllowed: number;
  attemptsUsed: number;
  /** An attempt is under way (and its time is not up): the button says "Resume". */
  isInProgress: boolean;
  /** Done and may try again (attempts left, not past due). */
  canRetry: boolean;
  /** The best finished attempt, when the feedback setting lets the student see it; else null. */
  score: { score: number; total: number } | null;
  /** Done but the score waits for the due date (feedback "after_due"). */
  isScoreHidden: boolean;
}

export interface MyClass {
  classId: string;
  className: string;
  student: { id: string; displayName: string; pin: string; joinedAt: Date };
  todo: MyAssignment[];
  done: MyAssignment[];
  upcoming: MyAssignment[];
  closed: MyAssignment[];
}

const byDue = (a: MyAssignment, b: MyAssignment) =>
  (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity) || a.opensAt.getTime() - b.opensAt.getTime();

export async function getMyWork({
  deviceId,
  now = new Date(),
}: {
  deviceId: string | null;
  now?: Date;
}): Promise<MyClass[]> {
  const studentIds = await studentIdsForDevice(deviceId);
  if (studentIds.length === 0) return [];
  const students = await db.student.findMany({
    where: { id: { in: studentIds } },
    orderBy: { joinedAt: "asc" },
    select: {
      id: true,
      displayName: true,
      pin: true,
      joinedAt: true,
      class: {
        select: {
          id: true,
          name: true,
          assignments: {
            where: { deletedAt: null },
            orderBy: { opensAt: "asc" },
            select: {
              id: true,
              opensAt: true,
              dueAt: true,
              quiz: { select: { title: true, timeLimitSec: true, attemptsAllowed: true, feedback: true } },
            },
          },
        },
      },
      accommodations: {
        select: { assignmentId: true, extraTimePercent: true, extraTimeMin: true, extraAttempts: true },
      },
      attempts: {
        where: { assignmentId: { not: null } },
        select: { assignmentId: true, finishedAt: true, deadlineAt: true, score: true, total: true },
      },
    },
  });

  return students.map((s) => {
    const buckets: Pick<MyClass, "todo" | "done" | "upcoming" | "closed"> = {
      todo: [],
      done: [],
      upcoming: [],
      closed: [],
    };
    for (const a of s.class.assignments) {
      const attempts = s.attempts.filter((t) => t.assignmentId === a.id);
      const allowed = attemptsAllowedFor(
        a.quiz.attemptsAllowed,
        s.accommodations.find((x) => x.assignmentId === a.id),
      );
      // An attempt past its time limit or the due date counts as finished even before anyone closes it
      // (loadOwnAttempt does, at that moment).
      const asOf = attempts.map((t) => ({ ...t, finishedAt: finishedAsOf(t, a.dueAt, now) }));
      const finished = asOf.flatMap((t) => (t.finishedAt ? [{ ...t, finishedAt: t.finishedAt }] : []));
      const isInProgress = asOf.some((t) => !t.finishedAt);
      const isPastDue = a.dueAt !== null && now.getTime() > a.dueAt.getTime();
      const rule = { assignment: { dueAt: a.dueAt, quiz: a.quiz }, deadlineAt: null };
      const visible = finished.filter((t) => canReveal({ ...rule, finishedAt: t.finishedAt }, now));
      const best = visible.reduce<(typeof visible)[number] | null>(
        (m, t) => (!m || t.score / Math.max(t.total, 1) > m.score / Math.max(m.total, 1) ? t : m),
        null,
      );
      const item: MyAssignment = {
        assignmentId: a.id,
        quizTitle: a.quiz.title,
        opensAt: a.opensAt,
        dueAt: a.dueAt,
        timeLimitSec: a.quiz.timeLimitSec,
        attemptsAllowed: allowed,
        attemptsUsed: attempts.length,
        isInProgress,
        canRetry: !isInProgress && !isPastDue && attempts.length < allowed,
        score: best ? { score: roundScore(best.score), total: best.total } : null,
        isScoreHidden: finished.length > 0 && !best,
      };
      if (now.getTime() < a.opensAt.getTime()) buckets.upcoming.push(item);
      else if (isInProgress) buckets.todo.push(item);
      else if (finished.length > 0) buckets.done.push(item);
      else if (isPastDue || attempts.length >= allowed) buckets.closed.push(item);
      else buckets.todo.push(item);
    }
    buckets.todo.sort(byDue);
    buckets.upcoming.sort((x, y) => x.opensAt.getTime() - y.opensAt.getTime());
    buckets.done.sort((x, y) => (y.dueAt?.getTime() ?? 0) - (x.dueAt?.getTime() ?? 0));
    return {
      classId: s.class.id,
      className: s.class.name,
      student: { id: s.id, displayName: s.displayName, pin: s.pin, joinedAt: s.joinedAt },
      ...buckets,
    };
  });
}
