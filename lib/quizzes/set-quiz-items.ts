// Replaces a quiz's questions and their order (the builder's add/remove/move up/down and "pick N" all end here).
// Attempts already started keep their own snapshot of question ids, so this never changes a student's attempt. The
// questions may come from any of the teacher's own articles (a quiz draws from several); Quiz.articleId is not changed.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { assertUsableQuestions, parseQuizInput } from "@/lib/quizzes/quiz-questions";
import { QuizItemsSchema } from "@/lib/validation/quizzes";

export async function setQuizItems({
  teacherId,
  quizId,
  questionIds,
}: {
  teacherId: string;
  quizId: string;
  questionIds: unknown;
}): Promise<{ id: string; count: number }> {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId, deletedAt: null },
    select: { id: true, article: { select: { language: true } } },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const data = parseQuizInput(QuizItemsSchema, { questionIds });
  await assertUsableQuestions(teacherId, data.questionIds, quiz.article.language);
  await db.$transaction([
    db.quizItem.deleteMany({ where: { quizId: quiz.id } }),
    db.quizItem.createMany({
      data: data.questionIds.map((questionId, position) => ({ quizId: quiz.id, questionId, position })),
    }),
    db.quiz.update({ where: { id: quiz.id }, data: { updatedAt: new Date() } }),
  ]);
  return { id: quiz.id, count: data.questionIds.length };
}
