// Creates a quiz from one of the teacher's articles: chosen approved questions, or "pick N, mixed types". That article
// becomes Quiz.articleId (the quiz's "home" article, kept for compatibility); the builder can then add questions from
// any other of the teacher's articles, and every page takes a question's evidence from its own article.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { pickMixed } from "@/lib/quizzes/pick-mixed";
import {
  assertUsableQuestions,
  listUsableQuestions,
  parseQuizInput,
  quizError,
  settingsColumns,
} from "@/lib/quizzes/quiz-questions";
import { CreateQuizSchema } from "@/lib/validation/quizzes";

export async function createQuiz({ teacherId, input }: { teacherId: string; input: unknown }): Promise<{ id: string }> {
  const data = parseQuizInput(CreateQuizSchema, input);
  const article = await db.article.findFirst({
    where: { id: data.articleId, ownerId: teacherId },
    select: { id: true, language: true },
  });
  if (!article) throw new NotFoundError("No such article.");

  let questionIds: string[];
  if (data.pickCount) {
    const usable = await listUsableQuestions(article.id);
    if (usable.length === 0) throw quizError("noApprovedQuestions");
    questionIds = pickMixed(usable, data.pickCount);
  } else {
    questionIds = data.questionIds ?? [];
    await assertUsableQuestions(teacherId, questionIds, article.language);
  }

  return db.quiz.create({
    data: {
      ownerId: teacherId,
      articleId: article.id,
      ...settingsColumns(data),
      items: { create: questionIds.map((questionId, position) => ({ questionId, position })) },
    },
    select: { id: true },
  });
}
