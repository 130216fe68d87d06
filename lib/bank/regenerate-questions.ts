// Regenerating an article's drafts: unapproved questions nobody has answered are replaced by a fresh generated set;
// approved and answered questions stay, and a new question that repeats one of them (same normalized answer and
// evidence, or same generator id) is skipped.
import "server-only";
import { countResponsesByQuestion } from "./response-counts";
import { QUESTIONS_PER_ARTICLE } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { parseAnswer, toQuestionData } from "@/lib/question-rows";
import { runGenerator } from "@/lib/generator/run-generator";
import { GENERATOR_VERSION, normalizeForMatch } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { loadOwnedArticle } from "./ownership";

/** Two questions ask the same thing when their keys match (normalized) and they rest on the same evidence. */
export function duplicateKey(answer: string | string[], start: number, end: number): string {
  const parts = Array.isArray(answer) ? answer : [answer];
  return `${parts.map((p) => normalizeForMatch(p) || p).join("\u241f")}@${start}:${end}`;
}

export async function regenerateQuestions({
  teacherId,
  articleId,
  count,
  types,
}: {
  teacherId: string;
  articleId: string;
  /** How many new questions at most (default: enough to bring the bank back to the usual size, at least 3). */
  count?: number;
  types?: QuestionType[];
}): Promise<{ removed: number; added: number; kept: number; notice: string | null }> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  // A question set has no text to generate from, and regenerating would delete its imported drafts.
  if (article.kind === "set")
    throw new ConflictError("A question set has no text to generate questions from.", "set_has_no_text");
  const current = await db.question.findMany({
    where: { articleId: article.id, archivedAt: null },
    select: {
      id: true,
      status: true,
      position: true,
      answer: true,
      evidenceStart: true,
      evidenceEnd: true,
      generatorKey: true,
    },
  });
  const answers = await countResponsesByQuestion(current.map((q) => q.id));
  const replaceable = current.filter((q) => q.status !== "approved" && !answers.get(q.id));
  const kept = current.filter((q) => !replaceable.includes(q));
  const want = count ?? Math.max(3, QUESTIONS_PER_ARTICLE - kept.length);

  const taken = new Set(kept.map((q) => duplicateKey(parseAnswer(q.answer), q.evidenceStart, q.evidenceEnd)));
  const keptKeys = new Set(kept.map((q) => q.generatorKey));
  const result = await runGenerator(article.body, {
    count: want + kept.length,
    lang: article.language === "ar" || article.language === "en" ? article.language : undefined,
    ...(types && types.length > 0 ? { types } : {}),
  });
  const fresh = [];
  for (const q of result.questions) {
    if (fresh.length >= want) break;
    const key = duplicateKey(q.answer, q.evidence.start, q.evidence.end);
    if (taken.has(key) || keptKeys.has(q.id)) continue;
    taken.add(key);
    fresh.push(q);
  }

  // Positions continue after every row of the article (archived ones included), so nothing is renumbered.
  const last = await db.question.findFirst({
    where: { articleId: article.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const start = (last?.position ?? -1) + 1;
  await db.$transaction([
    // Guarded again on "no responses": an answer given meanwhile keeps its question.
    db.question.deleteMany({
      where: {
        id: { in: replaceable.map((q) => q.id) },
        status: { not: "approved" },
        archivedAt: null,
        responses: { none: {} },
      },
    }),
    db.question.createMany({
      data: fresh.map((q, i) => ({ articleId: article.id, ...toQuestionData(q, start + i, GENERATOR_VERSION) })),
    }),
  ]);
  return {
    removed: replaceable.length,
    added: fresh.length,
    kept: kept.length,
    notice: fresh.length === 0 ? (result.notice ?? "nothing_new") : null,
  };
}
