// The teacher's quizzes, newest first, with counts for the list page.
import "server-only";
import { db } from "@/lib/db";

export async function listQuizzes({ teacherId }: { teacherId: string }) {
  return db.quiz.findMany({
    where: { ownerId: teacherId, deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: 500,
    select: {
      id: true,
      title: true,
      createdAt: true,
      updatedAt: true,
      article: { select: { id: true, title: true, language: true } },
      _count: { select: { items: true, assignments: { where: { deletedAt: null } } } },
    },
  });
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
      _count: { select: { questions: { where: { status: "approved", archivedAt: null } } } },
    },
  });
  return articles.map((a) => ({ id: a.id, title: a.title, language: a.language, approved: a._count.questions }));
}

