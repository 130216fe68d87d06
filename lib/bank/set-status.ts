// Approving (and un-approving) questions, one at a time or in bulk. Archived versions keep their status.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import type { QuestionStatus } from "@/lib/validation/question";
import { loadOwnedArticle, loadOwnedQuestion, type OwnedQuestionRef } from "./ownership";

export async function setQuestionStatus({
  status,
  ...ref
}: OwnedQuestionRef & { status: QuestionStatus }): Promise<{ id: string; status: QuestionStatus }> {
  const q = await loadOwnedQuestion(ref);
  if (q.archivedAt)
    throw new ConflictError("This question was replaced or deleted; use its current version.", "archived");
  await db.question.update({ where: { id: q.id }, data: { status } });
  return { id: q.id, status };
}

/** Sets the status of the given questions of the article, or of all its current questions; returns how many changed. */
export async function setQuestionsStatus({
  teacherId,
  articleId,
  status,
  questionIds,
}: {
  teacherId: string;
  articleId: string;
  status: QuestionStatus;
  questionIds?: string[];
}): Promise<{ count: number }> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  const { count } = await db.question.updateMany({
    where: {
      articleId: article.id,
      archivedAt: null,
      status: { not: status },
      ...(questionIds ? { id: { in: questionIds } } : {}),
    },
    data: { status },
  });
  return { count };
}
