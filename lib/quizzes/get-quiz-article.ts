// The article a new quiz is built from: the teacher's own, with its approved, current questions.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toStudentQuestion } from "@/lib/question-rows";
import { listUsableQuestions } from "@/lib/quizzes/quiz-questions";

export async function getQuizArticle({ teacherId, articleId }: { teacherId: string; articleId: string }) {
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: teacherId },
    select: { id: true, title: true, language: true },
  });
  if (!article) throw new NotFoundError("No such article.");
  const usable = await listUsableQuestions(article.id);
  return { ...article, questions: usable.map((q) => ({ ...toStudentQuestion(q), position: q.position })) };
}
