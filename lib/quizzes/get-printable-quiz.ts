// A quiz laid out for paper: the questions (latest approved versions, in quiz order) with their keys for the
// answer-key page. Teacher-only: keys are included.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseAnswer, toStudentQuestion, type StudentQuestion } from "@/lib/question-rows";
import { loadQuizItems } from "@/lib/quizzes/get-quiz";
import { sourcesOf } from "@/lib/quizzes/quiz-sources";

export interface PrintableQuestion extends StudentQuestion {
  n: number;
  answer: string | string[];
}

export async function getPrintableQuiz({ teacherId, quizId }: { teacherId: string; quizId: string }) {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId, deletedAt: null },
    select: {
      id: true,
      title: true,
      timeLimitSec: true,
      article: { select: { id: true, title: true, language: true } },
    },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const rows = (await loadQuizItems(quiz.id)).filter((r) => r.status === "approved" && r.archivedAt == null);
  const questions: PrintableQuestion[] = rows.map((r, i) => ({
    ...toStudentQuestion(r),
    n: i + 1,
    answer: parseAnswer(r.answer),
  }));
  return {
    id: quiz.id,
    title: quiz.title,
    timeLimitMin: quiz.timeLimitSec == null ? null : Math.round(quiz.timeLimitSec / 60),
    language: quiz.article.language,
    article: quiz.article,
    /** The articles the printed questions come from (a quiz may draw from several). */
    sources: await sourcesOf(rows),
    questions,
  };
}
