// Reading public articles (pasted without signing in, open for self-practice): the list, and one article with its
// questions, keys and evidence. A teacher's own articles are never public: their keys would reach students.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { toReveal, toStudentQuestion } from "@/lib/question-rows";

export async function listArticles() {
  return db.article.findMany({
    where: { ownerId: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, language: true, createdAt: true, _count: { select: { questions: true } } },
    take: 200,
  });
}

export async function getArticle(id: string) {
  const article = await db.article.findFirst({
    where: { id, ownerId: null },
    select: {
      id: true,
      title: true,
      body: true,
      language: true,
      notice: true,
      createdAt: true,
      questions: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          type: true,
          prompt: true,
          choices: true,
          left: true,
          answer: true,
          evidenceStart: true,
          evidenceEnd: true,
        },
      },
    },
  });
  if (!article) throw new NotFoundError("No such article.");
  return {
    ...article,
    questions: article.questions.map((q) => ({ ...toStudentQuestion(q), ...toReveal(q, article.body) })),
  };
}
