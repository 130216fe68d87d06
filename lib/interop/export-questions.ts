// Loads what an export carries — a quiz's items (latest versions) or chosen questions of an article's bank — as
// InteropQuestions with their evidence sentence, for the teacher who owns them.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseAnswer, parseStrings, QUESTION_KEY_SELECT, type QuestionRow } from "@/lib/question-rows";
import { loadOwnedArticle } from "@/lib/bank/ownership";
import { loadQuizItems } from "@/lib/quizzes/get-quiz";
import type { QuestionType } from "@/questions/types";
import type { ExportSource, InteropQuestion } from "./types";

type Row = Omit<QuestionRow, "id" | "difficulty">;

export function toInteropQuestion(row: Row, body: string): InteropQuestion {
  const hasEvidence = row.evidenceEnd > row.evidenceStart;
  return {
    type: row.type as QuestionType,
    prompt: row.prompt,
    choices: parseStrings(row.choices) ?? [],
    answer: parseAnswer(row.answer),
    ...(row.left ? { left: parseStrings(row.left) ?? [] } : {}),
    ...(hasEvidence
      ? {
          evidenceText: body.slice(row.evidenceStart, row.evidenceEnd),
          evidence: { start: row.evidenceStart, end: row.evidenceEnd },
        }
      : {}),
  };
}

export async function loadQuizExport({
  teacherId,
  quizId,
}: {
  teacherId: string;
  quizId: string;
}): Promise<ExportSource & { fileStem: string }> {
  const quiz = await db.quiz.findFirst({
    where: { id: quizId, ownerId: teacherId },
    select: { id: true, title: true, article: { select: { title: true, language: true } } },
  });
  if (!quiz) throw new NotFoundError("No such quiz.");
  const items = await loadQuizItems(quiz.id);
  // Each question's evidence from its own article: a quiz may draw from several.
  const rows = await db.question.findMany({
    where: { id: { in: items.map((i) => i.id) } },
    select: { ...QUESTION_KEY_SELECT, article: { select: { id: true, title: true, body: true } } },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const sources = new Set(rows.map((r) => r.article.id));
  return {
    // the category/title: the article's when the quiz draws from one, else the quiz's own title
    title: sources.size > 1 ? quiz.title : (rows[0]?.article.title ?? quiz.article.title),
    language: quiz.article.language,
    fileStem: quiz.title,
    questions: items.flatMap((i) => {
      const row = byId.get(i.id);
      return row ? [toInteropQuestion(row, row.article.body)] : [];
    }),
  };
}

export async function loadBankExport({
  teacherId,
  articleId,
  questionIds,
}: {
  teacherId: string;
  articleId: string;
  /** Omitted: every current question of the article. */
  questionIds?: string[];
}): Promise<ExportSource & { fileStem: string }> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  const meta = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true } });
  const rows = await db.question.findMany({
    where: { articleId: article.id, archivedAt: null, ...(questionIds ? { id: { in: questionIds } } : {}) },
    orderBy: { position: "asc" },
    select: QUESTION_KEY_SELECT,
  });
  return {
    title: meta.title,
    language: article.language,
    fileStem: meta.title,
    questions: rows.map((r) => toInteropQuestion(r, article.body)),
  };
}
