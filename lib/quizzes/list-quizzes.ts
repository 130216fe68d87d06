// The teacher's quizzes, newest first, with counts for the list page.
import "server-only";
import { db } from "@/lib/db";

// Counts go through indexes for the teacher's own rows: Prisma's `_count` groups the whole table (issue 9).
const countBy = <K extends string>(rows: Array<Record<K, string> & { _count: { _all: number } }>, key: K) =>
  new Map(rows.map((r) => [r[key], r._count._all]));

export async function listQuizzes({ teacherId }: { teacherId: string }) {
  const quizzes = await db.quiz.findMany({
    where: { ownerId: teacherId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      feedback: true,
      reviewDuring: true,
      reviewAfterSubmit: true,
      reviewAfterClose: true,
      article: { select: { id: true, title: true, language: true } },
    },
  });
  const ids = quizzes.map((q) => q.id);
  const [items, assignments] = await Promise.all([
    db.quizItem.groupBy({ by: ["quizId"], where: { quizId: { in: ids } }, _count: { _all: true } }),
    db.assignment.groupBy({ by: ["quizId"], where: { quizId: { in: ids }, deletedAt: null }, _count: { _all: true } }),
  ]);
  const itemsOf = countBy(items, "quizId");
  const assignmentsOf = countBy(assignments, "quizId");
  return quizzes.map((q) => ({
    ...q,
    _count: { items: itemsOf.get(q.id) ?? 0, assignments: assignmentsOf.get(q.id) ?? 0 },
  }));
}

/** The teacher's articles with how many questions are approved (a quiz can only use approved ones). */
export async function listQuizArticles({ teacherId }: { teacherId: string }) {
  const articles = await db.article.findMany({
    where: { ownerId: teacherId },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      title: true,
      language: true,
      kind: true,
    },
  });
  const approved = countBy(
    await db.question.groupBy({
      by: ["articleId"],
      where: { articleId: { in: articles.map((a) => a.id) }, status: "approved", archivedAt: null },
      _count: { _all: true },
    }),
    "articleId",
  );
  return articles.map((a) => ({
    id: a.id,
    title: a.title,
    language: a.language,
    /** "set": a question set of imported questions (issue 13) */
    kind: a.kind,
    approved: approved.get(a.id) ?? 0,
  }));
}
