// A teacher overrides the checker's verdict on one answer of an assigned attempt (e.g. a typed answer that says the
// same thing in other words). The attempt's score follows at once, and so do the results table and item analysis,
// which read the stored verdict. The checker's verdict, who changed it and when are kept on the response; setting it
// back to the checker's verdict clears the override.
import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";

const OverrideSchema = z.object({
  attemptId: z.string().min(1).max(64),
  questionId: z.string().min(1).max(64),
  correct: z.union([z.boolean(), z.enum(["true", "false"]).transform((v) => v === "true")]),
});

export async function overrideVerdict({
  teacherId,
  input,
  now = new Date(),
}: {
  teacherId: string;
  input: unknown;
  now?: Date;
}) {
  const parsed = OverrideSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError("Choose right or wrong for one answer.", "invalid_input");
  const { attemptId, questionId, correct } = parsed.data;
  const response = await db.response.findFirst({
    where: {
      attemptId,
      questionId,
      attempt: { assignment: { quiz: { ownerId: teacherId }, class: { ownerId: teacherId } } },
    },
    select: {
      id: true,
      correct: true,
      autoCorrect: true,
      overriddenAt: true,
      attempt: { select: { assignmentId: true, studentId: true } },
    },
  });
  if (!response) throw new NotFoundError("No such answer.");
  if (response.correct === correct) return { ...response.attempt, changed: false };
  const auto = response.overriddenAt ? (response.autoCorrect ?? response.correct) : response.correct;
  const isBack = correct === auto;
  await db.$transaction([
    db.response.update({
      where: { id: response.id },
      data: isBack
        ? { correct, overriddenAt: null, overriddenById: null, autoCorrect: null }
        : { correct, overriddenAt: now, overriddenById: teacherId, autoCorrect: auto },
    }),
    db.attempt.update({ where: { id: attemptId }, data: { score: { increment: correct ? 1 : -1 } } }),
  ]);
  return { ...response.attempt, changed: true };
}
