// A question written by the teacher: a draft at the end of the bank, its evidence chosen from the article's text (a
// question set has no text: its questions have none).
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { BANK_QUESTION_SELECT, toBankQuestion, type BankQuestion } from "./bank-question";
import { loadOwnedArticle } from "./ownership";
import { validateQuestionContent } from "./validate";

const MANUAL_GENERATOR_VERSION = "manual";

export async function addQuestion({
  teacherId,
  articleId,
  input,
}: {
  teacherId: string;
  articleId: string;
  /** { type, prompt, choices, answer, evidence: { start, end } } */
  input: unknown;
}): Promise<BankQuestion> {
  const article = await loadOwnedArticle({ teacherId, articleId });
  const content = validateQuestionContent(input, {
    bodyLength: article.body.length,
    manual: true,
    hasText: article.kind !== "set",
  });
  const last = await db.question.findFirst({
    where: { articleId: article.id },
    orderBy: { position: "desc" },
    select: { position: true },
  });
  const row = await db.question.create({
    data: {
      articleId: article.id,
      position: (last?.position ?? -1) + 1,
      type: content.type,
      prompt: content.prompt,
      choices: JSON.stringify(content.choices ?? []),
      answer: JSON.stringify(content.answer ?? ""),
      // A question set's questions have no evidence: the empty span (0, 0).
      evidenceStart: content.evidence?.start ?? 0,
      evidenceEnd: content.evidence?.end ?? 0,
      generatorKey: `manual-${randomUUID()}`,
      generatorVersion: MANUAL_GENERATOR_VERSION,
      origin: "manual",
      status: "draft",
    },
    select: BANK_QUESTION_SELECT,
  });
  return toBankQuestion(row, article.body, 0);
}
