// Assigns one of the teacher's quizzes to one of their (non-deleted) classes, open from `opensAt` (default: now)
// until `dueAt`.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseQuizInput, quizError } from "@/lib/quizzes/quiz-questions";
import { AssignmentInputSchema } from "@/lib/validation/quizzes";

export async function createAssignment({
  teacherId,
  input,
  now = new Date(),
}: {
  teacherId: string;
  input: unknown;
  now?: Date;
}): Promise<{ id: string }> {
  const data = parseQuizInput(AssignmentInputSchema, input);
  const opensAt = data.opensAt ?? now;
  if (data.dueAt.getTime() <= opensAt.getTime()) throw quizError("dueBeforeOpen");
  const [quiz, klass] = await Promise.all([
    db.quiz.findFirst({ where: { id: data.quizId, ownerId: teacherId, deletedAt: null }, select: { id: true } }),
    db.class.findFirst({ where: { id: data.classId, ownerId: teacherId, deletedAt: null }, select: { id: true } }),
  ]);
  if (!quiz) throw new NotFoundError("No such quiz.");
  if (!klass) throw new NotFoundError("No such class.");
  // not `_count` (a GROUP BY over every quiz item; issue 9)
  if ((await db.quizItem.count({ where: { quizId: quiz.id } })) === 0) throw quizError("quizEmpty");
  return db.assignment.create({
    data: { quizId: quiz.id, classId: klass.id, opensAt, dueAt: data.dueAt },
    select: { id: true },
  });
}
