// A teacher gives one student more time and/or more attempts at one assignment (an accommodation); all zero removes
// it. An attempt under way gets the new time at once: its deadline moves by the difference.
import "server-only";
import { accommodationSec, isTimeUp } from "@/lib/attempts/attempt-rules";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { AccommodationSchema } from "@/lib/validation/accommodations";
import { ownedAssignments, type AssignmentRef } from "./owned-assignment";

export async function setAccommodation({
  teacherId,
  assignmentId,
  input,
  now = new Date(),
}: AssignmentRef & {
  /** Unparsed (form data or JSON): checked here with the form's schema. */
  input: unknown;
}) {
  const parsed = AccommodationSchema.safeParse(input);
  if (!parsed.success)
    throw new ValidationError("Check the accommodation.", parsed.error.issues[0]?.message ?? "invalid_input");
  const { studentId, ...rule } = parsed.data;
  const owned = ownedAssignments(teacherId);
  const assignment = await db.assignment.findFirst({
    where: { id: assignmentId, ...owned, class: { ...owned.class, students: { some: { id: studentId } } } },
    select: { id: true, dueAt: true, quiz: { select: { timeLimitSec: true } } },
  });
  if (!assignment) throw new NotFoundError("No such student in this assignment.");
  const key = { assignmentId_studentId: { assignmentId, studentId } };
  const isNone = rule.extraTimePercent === 0 && rule.extraTimeMin === 0 && rule.extraAttempts === 0;

  await db.$transaction(async (tx) => {
    if (isNone) await tx.accommodation.deleteMany({ where: { assignmentId, studentId } });
    else await tx.accommodation.upsert({ where: key, create: { assignmentId, studentId, ...rule }, update: rule });
    const limit = assignment.quiz.timeLimitSec;
    if (!limit) return;
    const extraSec = isNone ? 0 : accommodationSec(limit, rule);
    const open = await tx.attempt.findMany({
      where: { assignmentId, studentId, finishedAt: null, deadlineAt: { not: null } },
      select: { id: true, deadlineAt: true, accommodatedSec: true },
    });
    for (const a of open) {
      if (isTimeUp(a, now, assignment.dueAt) || a.accommodatedSec === extraSec) continue;
      await tx.attempt.update({
        where: { id: a.id },
        data: {
          deadlineAt: new Date(a.deadlineAt!.getTime() + (extraSec - a.accommodatedSec) * 1000),
          accommodatedSec: extraSec,
        },
      });
    }
  });
  return isNone ? null : { studentId, ...rule };
}
