// Loads an article or question only for the teacher who owns its article; anyone else gets "not found".
// Public articles (ownerId null) are never reachable here: `ownerId: teacherId` never matches null.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";

/** Guards against an empty id: Prisma reads `ownerId: undefined` as "no filter", which would open every article. */
export function assertTeacherId(teacherId: string): void {
  if (typeof teacherId !== "string" || teacherId.length === 0) throw new NotFoundError("No such article.");
}

export async function loadOwnedArticle({ teacherId, articleId }: { teacherId: string; articleId: string }) {
  assertTeacherId(teacherId);
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: teacherId },
    select: { id: true, title: true, body: true, language: true, kind: true, ownerId: true },
  });
  if (!article) throw new NotFoundError("No such article.");
  return article;
}

/** One question of the teacher's, optionally only if it is of the given article. */
export interface OwnedQuestionRef {
  teacherId: string;
  questionId: string;
  articleId?: string;
}

/** A question of one of the teacher's articles (optionally of a given article), with its answer count. */
export async function loadOwnedQuestion({ teacherId, questionId, articleId }: OwnedQuestionRef) {
  assertTeacherId(teacherId);
  const question = await db.question.findFirst({
    where: { id: questionId, article: { ownerId: teacherId }, ...(articleId ? { articleId } : {}) },
    include: { article: { select: { id: true, body: true, language: true, kind: true } } },
  });
  if (!question) throw new NotFoundError("No such question.");
  // counted through the questionId index: `_count` would group every response in the database (issue 9)
  const responses = await db.response.count({ where: { questionId: question.id } });
  return { ...question, _count: { responses } };
}
