// Reading self-practice articles (pasted without signing in): the list, and one article with its questions, keys and
// evidence. A teacher's own articles are never shown here: their keys would reach students. An anonymous paste belongs
// to the device that pasted it (issue 8, item 6): other devices neither list nor open it (404). Only articles with no
// device — the shipped sample, and pastes from before pastes were private — are open to everyone.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { QUESTION_KEY_SELECT, toReveal, toStudentQuestion } from "@/lib/question-rows";

/** The self-practice articles `deviceId` may see: the public ones and its own pastes. */
export function visibleToDevice(deviceId: string | null | undefined): Prisma.ArticleWhereInput {
  return { ownerId: null, OR: [{ deviceId: null }, ...(deviceId ? [{ deviceId }] : [])] };
}

/** `isMine`: pasted by this device (it may delete it); the device id itself is not handed out. */
export async function listArticles({ deviceId }: { deviceId?: string | null } = {}) {
  const rows = await db.article.findMany({
    where: visibleToDevice(deviceId),
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      language: true,
      createdAt: true,
      deviceId: true,
    },
    take: 200,
  });
  // Counted through the Question(articleId, position) index for these articles only: `_count: { questions }` groups
  // every question in the database on every visit to the home page (issue 9).
  const counts = await db.question.groupBy({
    by: ["articleId"],
    where: { articleId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const byArticle = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return rows.map(({ deviceId: owner, ...a }) => ({
    ...a,
    _count: { questions: byArticle.get(a.id) ?? 0 },
    isMine: owner !== null,
  }));
}

export async function getArticle(id: string, { deviceId }: { deviceId?: string | null } = {}) {
  const article = await db.article.findFirst({
    where: { id, ...visibleToDevice(deviceId) },
    select: {
      id: true,
      title: true,
      body: true,
      language: true,
      notice: true,
      createdAt: true,
      deviceId: true,
      questions: {
        orderBy: { position: "asc" },
        select: QUESTION_KEY_SELECT,
      },
    },
  });
  if (!article) throw new NotFoundError("No such article.");
  const { deviceId: owner, ...rest } = article;
  return {
    ...rest,
    isMine: owner !== null,
    questions: article.questions.map((q) => ({ ...toStudentQuestion(q), ...toReveal(q, article.body) })),
  };
}
