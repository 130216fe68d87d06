// One quiz of the teacher for the builder: settings, its items (each shown as its latest version), the articles it
// draws from, and the teacher's articles (in the quiz's language) whose approved questions can be added.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toStudentQuestion, type StudentQuestion } from "@/lib/question-rows";
import { latestIdsOf } from "@/lib/quizzes/question-versions";
import { listUsableQuestions, SETTINGS_SELECT, toTimeLimitMin } from "@/lib/quizzes/quiz-questions";
import { listAddableArticles, sourcesOf } from "@/lib/quizzes/quiz-sources";
import { reviewShowOf, type FeedbackMode } from "@/lib/validation/quizzes";

export interface QuizItemView extends StudentQuestion {
  /** The question id to save (the latest version of the item's question). */
  id: string;
  position: number;
  /** The question's own article (its evidence comes from there). */
  articleId: string;
  /** The question was deleted or its latest version is not approved: it cannot stay in the quiz. */
  isUnavailable: boolean;
}

const QUESTION_FIELDS = {
  id: true,
  articleId: true,
  type: true,
  prompt: true,
  choices: true,
  left: true,
  position: true,
  status: true,
  archivedAt: true,
} as const;

/** Loads a quiz's items in order, each replaced by its latest version; shared by the builder and the print view. */
export async function loadQuizItems(quizId: string) {
  const items = await db.quizItem.findMany({
    where: { quizId },
    orderBy: { position: "asc" },
    select: { questionId: true },
  });
  const latest = await latestIdsOf(items.map((i) => i.questionId));
  const ids = [...new Set(items.map((i) => latest.get(i.questionId) ?? i.questionId))];
  const rows = await db.question.findMany({
    where: { id: { in: ids } },
    select: { ...QUESTION_FIELDS, answer: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => r != null);
}

export async function getQuiz({ teacherId, quizId }: { teacherId: string; quizId: string }) {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId, deletedAt: null },
    select: {
      id: true,
      ...SETTINGS_SELECT,
      createdAt: true,
      updatedAt: true,
      article: { select: { id: true, title: true, language: true } },
    },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const [rows, usable, addable] = await Promise.all([
    loadQuizItems(quiz.id),
    listUsableQuestions(quiz.article.id),
    listAddableArticles({ teacherId, language: quiz.article.language, homeArticleId: quiz.article.id }),
  ]);
  const items: QuizItemView[] = rows.map((r, i) => ({
    ...toStudentQuestion(r),
    position: i,
    articleId: r.articleId,
    isUnavailable: r.status !== "approved" || r.archivedAt != null,
  }));
  return {
    id: quiz.id,
    title: quiz.title,
    settings: {
      title: quiz.title,
      timeLimitMin: toTimeLimitMin(quiz.timeLimitSec),
      attemptsAllowed: quiz.attemptsAllowed,
      shuffleQuestions: quiz.shuffleQuestions,
      shuffleChoices: quiz.shuffleChoices,
      partialCredit: quiz.partialCredit,
      feedback: quiz.feedback as FeedbackMode,
      reviewDuring: reviewShowOf(quiz.reviewDuring),
      reviewAfterSubmit: reviewShowOf(quiz.reviewAfterSubmit),
      reviewAfterClose: reviewShowOf(quiz.reviewAfterClose),
    },
    /** The quiz's home article (Quiz.articleId: the one it was made from; it sets the quiz's language). */
    article: quiz.article,
    /** The articles its questions come from, in the order of their first question. */
    sources: await sourcesOf(rows),
    items,
    /** The teacher's articles in the quiz's language with approved questions, each with them: what can be added. */
    addable,
    /** Approved, current questions of the home article. */
    available: usable.map((q) => ({ ...toStudentQuestion(q), position: q.position })),
    createdAt: quiz.createdAt,
    updatedAt: quiz.updatedAt,
  };
}
export type QuizDetail = Awaited<ReturnType<typeof getQuiz>>;
