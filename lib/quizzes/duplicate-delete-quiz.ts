// Duplicate a quiz (settings and items, not its assignments) and delete a quiz. Deleting is soft: the quiz leaves the
// teacher's lists, its assignments are deleted with it (closed, hidden from students) and every result stays readable
// from the assignments list.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { SETTINGS_SELECT } from "@/lib/quizzes/quiz-questions";
import { QUIZ_TITLE_MAX } from "@/lib/validation/quizzes";

export async function duplicateQuiz({
  teacherId,
  quizId,
  title,
}: {
  teacherId: string;
  quizId: string;
  /** The copy's title, e.g. "Copy of …" in the teacher's language (cut to the title limit). */
  title: (original: string) => string;
}): Promise<{ id: string }> {
  const quiz = await db.quiz.findFirst({
    where: { id: String(quizId), ownerId: teacherId, deletedAt: null },
    select: {
      ...SETTINGS_SELECT,
      articleId: true,
      items: { orderBy: { position: "asc" }, select: { questionId: true, position: true } },
    },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const { items, title: original, ...settings } = quiz;
  return db.quiz.create({
    data: {
      ...settings,
      ownerId: teacherId,
      title: [...title(original)].slice(0, QUIZ_TITLE_MAX).join(""),
      items: { create: items.map((i) => ({ questionId: i.questionId, position: i.position })) },
    },
    select: { id: true },
  });
}

export async function deleteQuiz({
  teacherId,
  quizId,
  now = new Date(),
}: {
  teacherId: string;
  quizId: string;
  now?: Date;
}) {
  const quiz = await db.quiz.findFirst({
    where: { id: String(quizId), ownerId: teacherId, deletedAt: null },
    select: { id: true },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  await db.$transaction([
    db.quiz.update({ where: { id: quiz.id }, data: { deletedAt: now } }),
    // Close what is still open, then mark every live assignment deleted (results kept).
    db.assignment.updateMany({
      where: { quizId: quiz.id, deletedAt: null, OR: [{ dueAt: null }, { dueAt: { gt: now } }] },
      data: { dueAt: now },
    }),
    db.assignment.updateMany({ where: { quizId: quiz.id, opensAt: { gt: now } }, data: { opensAt: now } }),
    db.assignment.updateMany({ where: { quizId: quiz.id, deletedAt: null }, data: { deletedAt: now } }),
  ]);
  return { id: quiz.id };
}
