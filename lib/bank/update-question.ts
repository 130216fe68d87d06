// Editing a question. Unanswered: changed in place. Answered (any Response): the old row is archived and a new version
// takes its place (same position and status) and its quiz slots, so past results keep the exact question they answered.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { BANK_QUESTION_SELECT, toBankQuestion, type BankQuestion } from "./bank-question";
import { loadOwnedQuestion, type OwnedQuestionRef } from "./ownership";
import { validateQuestionContent } from "./validate";

export async function updateQuestion({
  input,
  ...ref
}: OwnedQuestionRef & {
  /** { prompt, choices?, answer?, evidence? }; the type never changes. */
  input: unknown;
}): Promise<{ question: BankQuestion; versioned: boolean }> {
  const old = await loadOwnedQuestion(ref);
  if (old.archivedAt)
    throw new ConflictError("This question was replaced or deleted; edit its current version.", "archived");
  const content = validateQuestionContent(input, { bodyLength: old.article.body.length, type: old.type });
  const changes = {
    prompt: content.prompt,
    ...(content.choices ? { choices: JSON.stringify(content.choices) } : {}),
    ...(content.answer !== undefined ? { answer: JSON.stringify(content.answer) } : {}),
    ...(content.evidence ? { evidenceStart: content.evidence.start, evidenceEnd: content.evidence.end } : {}),
  };

  if (old._count.responses === 0) {
    const row = await db.question.update({ where: { id: old.id }, data: changes, select: BANK_QUESTION_SELECT });
    return { question: toBankQuestion(row, old.article.body, 0), versioned: false };
  }

  const row = await db.$transaction(async (tx) => {
    // Archive first, guarded on archivedAt: two concurrent edits cannot both create a version 2.
    const archived = await tx.question.updateMany({
      where: { id: old.id, archivedAt: null },
      data: { archivedAt: new Date() },
    });
    if (archived.count !== 1)
      throw new ConflictError("This question was changed meanwhile; reload and try again.", "archived");
    const created = await tx.question.create({
      data: {
        articleId: old.articleId,
        position: old.position,
        type: old.type,
        choices: old.choices,
        answer: old.answer,
        left: old.left,
        evidenceStart: old.evidenceStart,
        evidenceEnd: old.evidenceEnd,
        difficulty: old.difficulty,
        generatorKey: old.generatorKey,
        generatorVersion: old.generatorVersion,
        status: old.status,
        origin: old.origin,
        version: old.version + 1,
        previousId: old.id,
        ...changes,
      },
      select: { id: true },
    });
    await tx.quizItem.updateMany({ where: { questionId: old.id }, data: { questionId: created.id } });
    return tx.question.findUniqueOrThrow({ where: { id: created.id }, select: BANK_QUESTION_SELECT });
  });
  return { question: toBankQuestion(row, old.article.body, 0), versioned: true };
}
