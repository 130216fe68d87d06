// A teacher deleting one of their articles. A quiz may draw questions from several articles (issue 12), and the
// database cascades an article's deletion to its questions, and from them to every student's answers, quiz items and
// review cards (and from the article to the quizzes made from it, with their assignments and attempts). So deleting
// is refused (409 `articleInUse`) while any quiz — including a deleted one, whose results stay readable — uses its
// questions or was made from it, or anyone has answered them: results are never lost. An article nothing uses is
// deleted with its questions.
import "server-only";
import { loadOwnedArticle } from "@/lib/bank/ownership";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";

export class ArticleInUseError extends ConflictError {
  constructor(readonly quizzes: number) {
    super(
      quizzes > 0
        ? "Quizzes use questions of this article, so it cannot be deleted: their results depend on it."
        : "Students have answered questions of this article, so it cannot be deleted: their results depend on it.",
      "articleInUse",
    );
  }
}

export async function deleteTeacherArticle({ teacherId, articleId }: { teacherId: string; articleId: string }) {
  const article = await loadOwnedArticle({ teacherId, articleId });
  const [quizzes, answers, liveAnswers] = await Promise.all([
    db.quiz.count({
      where: { OR: [{ articleId: article.id }, { items: { some: { question: { articleId: article.id } } } }] },
    }),
    db.response.count({ where: { question: { articleId: article.id } } }),
    db.liveAnswer.count({ where: { questionId: { in: await questionIdsOf(article.id) } } }),
  ]);
  if (quizzes > 0 || answers > 0 || liveAnswers > 0) throw new ArticleInUseError(quizzes);
  await db.article.delete({ where: { id: article.id } });
  return { id: article.id };
}

async function questionIdsOf(articleId: string) {
  return (await db.question.findMany({ where: { articleId }, select: { id: true } })).map((q) => q.id);
}
