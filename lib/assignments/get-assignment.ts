// One assignment of the teacher (their quiz, their class — deleted classes included, until purged).
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { ASSIGNMENT_SELECT, ownedAssignments, type AssignmentRef } from "./owned-assignment";

export async function getAssignment({ teacherId, assignmentId }: AssignmentRef) {
  const a = await db.assignment.findFirst({
    where: { id: assignmentId, ...ownedAssignments(teacherId) },
    select: {
      ...ASSIGNMENT_SELECT,
      quiz: {
        select: {
          id: true,
          title: true,
          attemptsAllowed: true,
          timeLimitSec: true,
          deletedAt: true,
          article: { select: { id: true, title: true, language: true } },
        },
      },
      class: { select: { id: true, name: true, deletedAt: true } },
    },
  });
  if (!a) throw new NotFoundError("No such assignment.");
  const { deletedAt, quiz, ...rest } = a;
  const { deletedAt: quizDeletedAt, ...quizRest } = quiz;
  return {
    ...rest,
    isDeleted: deletedAt != null,
    quiz: { ...quizRest, isDeleted: quizDeletedAt != null },
    class: { id: a.class.id, name: a.class.name, isDeleted: a.class.deletedAt != null },
  };
}
export type AssignmentDetail = Awaited<ReturnType<typeof getAssignment>>;
