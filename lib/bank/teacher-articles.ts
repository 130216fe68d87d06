// A teacher's own articles: the list with question counts, one article with its bank, and pasting a new one.
import "server-only";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import { listQuestions, type BankQuery } from "./list-questions";
import { assertTeacherId, loadOwnedArticle } from "./ownership";

export interface TeacherArticleSummary {
  id: string;
  title: string;
  language: string;
  createdAt: Date;
  /** "article" | "set" (a question set of imported questions, with no text) */
  kind: string;
  approved: number;
  draft: number;
}

export async function listTeacherArticles({ teacherId }: { teacherId: string }): Promise<TeacherArticleSummary[]> {
  assertTeacherId(teacherId);
  const articles = await db.article.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, language: true, createdAt: true, kind: true },
    take: 500,
  });
  if (articles.length === 0) return [];
  const counts = await db.question.groupBy({
    by: ["articleId", "status"],
    where: { articleId: { in: articles.map((a) => a.id) }, archivedAt: null },
    _count: { _all: true },
  });
  const count = (articleId: string, status: string) =>
    counts.find((c) => c.articleId === articleId && c.status === status)?._count._all ?? 0;
  return articles.map((a) => ({ ...a, approved: count(a.id, "approved"), draft: count(a.id, "draft") }));
}

/** The article with its bank (keys and evidence: this is the teacher's own view), plus current counts by status. */
export async function getTeacherArticle({ teacherId, articleId, type, status }: BankQuery) {
  await loadOwnedArticle({ teacherId, articleId });
  const [article, questions, counts] = await Promise.all([
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: { id: true, title: true, body: true, language: true, kind: true, notice: true, createdAt: true },
    }),
    listQuestions({ teacherId, articleId, type, status }),
    db.question.groupBy({
      by: ["status"],
      where: { articleId, archivedAt: null },
      _count: { _all: true },
    }),
  ]);
  const archived = await db.question.count({ where: { articleId, archivedAt: { not: null } } });
  const by = (s: string) => counts.find((c) => c.status === s)?._count._all ?? 0;
  return { ...article, questions, counts: { approved: by("approved"), draft: by("draft"), archived } };
}

/** Pastes an article owned by the teacher (private: never listed publicly). Same validation as public articles. */
export async function createTeacherArticle({ teacherId, input }: { teacherId: string; input: unknown }) {
  assertTeacherId(teacherId);
  return createArticle(input, { ownerId: teacherId });
}
