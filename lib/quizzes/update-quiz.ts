// Changes a quiz's settings (title, time limit, attempts, shuffling, feedback, review options). Items: set-quiz-items.ts.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseQuizInput, settingsColumns } from "@/lib/quizzes/quiz-questions";
import { QuizSettingsSchema } from "@/lib/validation/quizzes";

export async function updateQuizSettings({
  teacherId,
  quizId,
  input,
}: {
  teacherId: string;
  quizId: string;
  input: unknown;
}): Promise<{ id: string }> {
  const data = parseQuizInput(QuizSettingsSchema, input);
  const { count } = await db.quiz.updateMany({
    where: { id: quizId, ownerId: teacherId, deletedAt: null },
    data: settingsColumns(data),
  });
  if (count === 0) throw new NotFoundError("No such quiz.");
  return { id: quizId };
}
