// Saves a pasted article and the questions generated from it, in one transaction.
import "server-only";
import { db } from "@/lib/db";
import { htmlToPlainText, looksLikeHtml } from "@/lib/articles/html-to-plain-text";
import { ValidationError } from "@/lib/errors";
import { toQuestionData } from "@/lib/question-rows";
import { ARTICLE_ERROR_MESSAGES, ArticleInputSchema } from "@/lib/validation/article";
import { runGenerator } from "@/lib/generator/run-generator";
import { GENERATOR_VERSION } from "@/questions/index";

export const QUESTIONS_PER_ARTICLE = 12;

/**
 * `ownerId`: the teacher who pastes it (their article is private to them). `deviceId`: the anonymous device that pastes
 * it (only that device sees and deletes it). Neither: a public article (the shipped sample, tests).
 */
export async function createArticle(input: unknown, opts: { ownerId?: string; deviceId?: string } = {}) {
  const parsed = ArticleInputSchema.safeParse(input);
  if (!parsed.success) {
    const key = parsed.error.issues[0]?.message ?? "";
    const messages: Record<string, string> = ARTICLE_ERROR_MESSAGES;
    const message = messages[key];
    if (message) throw new ValidationError(message, key);
    throw new ValidationError("Send an object with a title and a body (text).", "invalid_input");
  }
  const { title } = parsed.data;
  // A pasted web page is stored and asked about as the text it shows (evidence offsets point into that text).
  const body = looksLikeHtml(parsed.data.body) ? htmlToPlainText(parsed.data.body) : parsed.data.body;
  if (body.trim().length === 0) throw new ValidationError(ARTICLE_ERROR_MESSAGES.bodyRequired, "bodyRequired");
  // Off the request thread, within a time budget: a timeout throws before anything is written.
  const result = await runGenerator(body, { count: QUESTIONS_PER_ARTICLE });
  const article = await db.article.create({
    data: {
      title,
      body,
      language: result.language,
      // "few_questions": the generator returned fewer than asked rather than pad with questions a teacher would drop
      notice: result.questions.length === 0 ? (result.notice ?? "nothing_to_ask") : (result.notice ?? null),
      ownerId: opts.ownerId ?? null,
      deviceId: opts.ownerId ? null : (opts.deviceId ?? null),
      questions: { create: result.questions.map((q, i) => toQuestionData(q, i, GENERATOR_VERSION)) },
    },
    select: { id: true, language: true, notice: true },
  });
  // the questions just written, not `_count` (a GROUP BY over every question in the database; issue 9)
  return { ...article, _count: { questions: result.questions.length } };
}
