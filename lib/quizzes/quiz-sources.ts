// The articles a quiz draws from (issue 12: a quiz may take questions from several of the teacher's articles), and the
// teacher's articles a builder can add questions from. Quiz.articleId stays the quiz's "home" article — the one it
// was made from, which sets its language and is kept for compatibility (lists, Attempt.articleId, live games) — but
// no page takes evidence from it: every question's evidence comes from its own article (Question.articleId).
import "server-only";
import { db } from "@/lib/db";
import { toStudentQuestion } from "@/lib/question-rows";

export interface QuizSource {
  id: string;
  title: string;
  language: string;
  kind: string;
  /** How many of the quiz's questions come from it. */
  count: number;
}

/** The articles of these questions, in the order of their first question, with how many questions each gives. */
export async function sourcesOf(questions: readonly { articleId: string }[]): Promise<QuizSource[]> {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q.articleId, (counts.get(q.articleId) ?? 0) + 1);
  const rows = await db.article.findMany({
    where: { id: { in: [...counts.keys()] } },
    select: { id: true, title: true, language: true, kind: true },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [...counts.entries()].flatMap(([id, count]) => {
    const a = byId.get(id);
    return a ? [{ ...a, count }] : [];
  });
}

/**
 * The teacher's articles in the quiz's language that have approved, current questions, each with those questions (in
 * article order): what the builder can add from. The quiz's home article comes first, then the newest.
 */
export async function listAddableArticles({
  teacherId,
  language,
  homeArticleId,
}: {
  teacherId: string;
  language: string;
  homeArticleId: string;
}) {
  const [articles, questions] = await Promise.all([
    db.article.findMany({
      where: { ownerId: teacherId, language },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { id: true, title: true, language: true, kind: true },
    }),
    db.question.findMany({
      where: { article: { ownerId: teacherId, language }, status: "approved", archivedAt: null },
      orderBy: [{ articleId: "asc" }, { position: "asc" }],
      select: { id: true, articleId: true, type: true, position: true, prompt: true, choices: true, left: true },
    }),
  ]);
  const byArticle = new Map<string, ReturnType<typeof toAddable>[]>();
  for (const q of questions) {
    const list = byArticle.get(q.articleId) ?? [];
    list.push(toAddable(q));
    byArticle.set(q.articleId, list);
  }
  return articles
    .flatMap((a) => {
      const list = byArticle.get(a.id);
      return list ? [{ ...a, questions: list }] : [];
    })
    .sort((a, b) => Number(b.id === homeArticleId) - Number(a.id === homeArticleId));
}
export type AddableArticle = Awaited<ReturnType<typeof listAddableArticles>>[number];

function toAddable(q: Parameters<typeof toStudentQuestion>[0] & { articleId: string; position: number }) {
  return { ...toStudentQuestion(q), articleId: q.articleId, position: q.position };
}
