// Deleting a question: one students have answered is archived (kept for their past results), an unanswered one is
// removed. Either way it leaves every quiz it was in, so no future attempt asks it.
import "server-only";
import { db } from "@/lib/db";
import { loadOwnedQuestion, type OwnedQuestionRef } from "./ownership";

export async function deleteQuestion(ref: OwnedQuestionRef): Promise<{ archived: boolean }> {
  const q = await loadOwnedQuestion(ref);
  if (q._count.responses > 0) {
    await db.$transaction([
      db.quizItem.deleteMany({ where: { questionId: q.id } }),
      db.question.update({ where: { id: q.id }, data: { archivedAt: q.archivedAt ?? new Date() } }),
    ]);
    return { archived: true };
  }
  // QuizItem rows go with it (onDelete: Cascade); deleted explicitly so the intent is visible.
  await db.$transaction([
    db.quizItem.deleteMany({ where: { questionId: q.id } }),
    db.question.delete({ where: { id: q.id } }),
  ]);
  return { archived: false };
}
