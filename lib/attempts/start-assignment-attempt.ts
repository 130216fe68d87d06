// Starts (or resumes) a student's attempt at an assigned quiz, enforcing dates, attempts allowed and the time limit.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { studentIdsForDevice } from "@/lib/students/device-students";
import { accommodationSec, attemptsAllowedFor, isTimeUp, studentOrder } from "./attempt-rules";

export async function startAssignmentAttempt({
  assignmentId,
  deviceId,
  now = new Date(),
}: {
  assignmentId: string;
  deviceId: string | null;
  now?: Date;
}) {
  const studentIds = await studentIdsForDevice(deviceId);
  const assignment = await db.assignment.findFirst({
    where: {
      id: assignmentId,
      deletedAt: null,
      class: { deletedAt: null, students: { some: { id: { in: studentIds } } } },
    },
    select: {
      id: true,
      opensAt: true,
      dueAt: true,
      class: { select: { students: { where: { id: { in: studentIds } }, select: { id: true } } } },
      quiz: {
        select: {
          id: true,
          articleId: true,
          timeLimitSec: true,
          attemptsAllowed: true,
          shuffleQuestions: true,
          // Only questions still in use: an edited question's items point at its new version (lib/bank), and a
          // deleted or un-approved one is not asked any more.
          items: {
            where: { question: { archivedAt: null, status: "approved" } },
            orderBy: { position: "asc" },
            select: { questionId: true },
          },
        },
      },
    },
  });
  const studentId = assignment?.class.students[0]?.id;
  if (!assignment || !studentId || !deviceId) throw new NotFoundError("This assignment is not available to you.");
  if (now < assignment.opensAt) throw new ConflictError("This assignment is not open yet.", "not_open");
  // Before resuming: an attempt left open must not be a way in after the due date (issue 8). Answers already on
  // their way still get the grace (submitAnswer); the open attempt is closed at the due date when next read.
  if (assignment.dueAt && now > assignment.dueAt)
    throw new ConflictError("This assignment is closed: its due date has passed.", "assignment_closed");

  const open = await db.attempt.findFirst({
    where: { assignmentId, studentId, finishedAt: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, deadlineAt: true },
  });
  if (open && !isTimeUp(open, now)) return { id: open.id };
  if (open) await db.attempt.update({ where: { id: open.id }, data: { finishedAt: open.deadlineAt } });
  const [done, accommodation] = await Promise.all([
    db.attempt.count({ where: { assignmentId, studentId } }),
    db.accommodation.findUnique({ where: { assignmentId_studentId: { assignmentId, studentId } } }),
  ]);
  if (done >= attemptsAllowedFor(assignment.quiz.attemptsAllowed, accommodation))
    throw new ConflictError("You have used all the attempts allowed for this quiz.", "no_attempts_left");
  const ids = assignment.quiz.items.map((i) => i.questionId);
  if (ids.length === 0) throw new ConflictError("This quiz has no questions yet.", "empty_quiz");

  const questionIds = assignment.quiz.shuffleQuestions ? studentOrder(ids, studentId, assignment.quiz.id) : ids;
  const limit = assignment.quiz.timeLimitSec;
  const extraSec = limit ? accommodationSec(limit, accommodation) : 0;
  return db.attempt.create({
    data: {
      articleId: assignment.quiz.articleId,
      deviceId,
      assignmentId,
      studentId,
      number: done + 1,
      questionIds: JSON.stringify(questionIds),
      total: questionIds.length,
      startedAt: now,
      deadlineAt: limit ? new Date(now.getTime() + (limit + extraSec) * 1000) : null,
      accommodatedSec: extraSec,
    },
    select: { id: true },
  });
}
