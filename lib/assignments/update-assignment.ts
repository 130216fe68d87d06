// A teacher changes an assignment after assigning it: new dates (which also reopens a closed one), close now, or
// delete. Deleting keeps every attempt and result (the teacher still reads them); students stop seeing it, and it is
// closed at the same moment, so an attempt under way takes no more answers (the due date binds, see attempt-rules).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseQuizInput, quizError } from "@/lib/quizzes/quiz-questions";
import { AssignmentDatesSchema } from "@/lib/validation/quizzes";
import { ownedAssignments, type AssignmentRef } from "./owned-assignment";

async function findOwn(teacherId: string, assignmentId: string) {
  const a = await db.assignment.findFirst({
    where: { id: String(assignmentId), ...ownedAssignments(teacherId) },
    select: { id: true, opensAt: true, dueAt: true, deletedAt: true, class: { select: { deletedAt: true } } },
  });
  if (!a) throw new NotFoundError("No such assignment.");
  if (a.deletedAt || a.class.deletedAt) throw quizError("assignmentDeleted");
  return a;
}

/** New opening and due dates. An empty "opens" keeps the current one. A due date already past is refused unless it
 * is unchanged, so "edit" never closes by accident (closing is its own button). */
export async function updateAssignmentDates({
  teacherId,
  assignmentId,
  input,
  now = new Date(),
}: AssignmentRef & { input: unknown }) {
  const a = await findOwn(teacherId, assignmentId);
  const data = parseQuizInput(AssignmentDatesSchema, input);
  const opensAt = data.opensAt ?? a.opensAt;
  if (data.dueAt.getTime() <= now.getTime() && data.dueAt.getTime() !== a.dueAt?.getTime())
    throw quizError("dueInPast");
  if (data.dueAt.getTime() <= opensAt.getTime()) throw quizError("dueBeforeOpen");
  await db.assignment.update({ where: { id: a.id }, data: { opensAt, dueAt: data.dueAt } });
  return { id: a.id };
}

/** Due now. One not yet open opens and closes now (nobody can start it). */
export async function closeAssignment({ teacherId, assignmentId, now = new Date() }: AssignmentRef) {
  const a = await findOwn(teacherId, assignmentId);
  if (a.dueAt && a.dueAt <= now) return { id: a.id };
  await db.assignment.update({
    where: { id: a.id },
    data: { dueAt: now, ...(a.opensAt > now ? { opensAt: now } : {}) },
  });
  return { id: a.id };
}

/** Soft delete: hidden from students and closed; results kept. */
export async function deleteAssignment({ teacherId, assignmentId, now = new Date() }: AssignmentRef) {
  const a = await findOwn(teacherId, assignmentId);
  await db.assignment.update({
    where: { id: a.id },
    data: {
      deletedAt: now,
      ...(a.dueAt == null || a.dueAt > now ? { dueAt: now } : {}),
      ...(a.opensAt > now ? { opensAt: now } : {}),
    },
  });
  return { id: a.id };
}
