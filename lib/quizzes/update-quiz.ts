// Changes a quiz's settings (title, time limit, attempts, shuffling, feedback, review options). Items: set-quiz-items.ts.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { parseQuizInput, toTimeLimitSec } from "@/lib/quizzes/quiz-questions";
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
    data: {
      title: data.title,
      timeLimitSec: toTimeLimitSec(data.timeLimitMin),
      attemptsAllowed: data.attemptsAllowed,
      shuffleQuestions: data.shuffleQuestions,
      shuffleChoices: data.shuffleChoices,
      partialCredit: data.partialCredit,
      feedback: data.feedback,
      reviewDuring: data.reviewDuring,
      reviewAfterSubmit: data.reviewAfterSubmit,
      reviewAfterClose: data.reviewAfterClose,
    },
  });
  if (count === 0) throw new NotFoundError("No such quiz.");
  return { id: quizId };
}
