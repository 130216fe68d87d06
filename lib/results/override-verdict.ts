// A teacher overrides the checker's verdict on one answer of an assigned attempt (e.g. a typed answer that says the
// same thing in other words). The attempt's score follows at once, and so do the results table and item analysis,
// which read the stored verdict. An override gives a full point or none (credit 1 or 0), also to a partly right answer
// (partial credit). The checker's verdict and credit, who changed it and when are kept on the response; setting it back
// to the checker's verdict and credit clears the override.
import "server-only";
import { z } from "zod";
import { creditOfResponse } from "@/lib/attempts/answer-credit";
import { ownedAssignments } from "@/lib/assignments/owned-assignment";
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
      attempt: { assignment: ownedAssignments(teacherId) },
    },
    select: {
      id: true,
      correct: true,
      credit: true,
      autoCorrect: true,
      autoCredit: true,
      overriddenAt: true,
      attempt: { select: { assignmentId: true, studentId: true } },
    },
  });
  if (!response) throw new NotFoundError("No such answer.");
  const credit = correct ? 1 : 0;
  const before = creditOfResponse(response);
  if (response.correct === correct && before === credit) return { ...response.attempt, changed: false };
  const isOverridden = response.overriddenAt != null;
  const auto = isOverridden ? (response.autoCorrect ?? response.correct) : response.correct;
  const autoCredit = isOverridden ? (response.autoCredit ?? (auto ? 1 : 0)) : before;
  const isBack = correct === auto && credit === autoCredit;
  await db.$transaction([
    db.response.update({
      where: { id: response.id },
      data: isBack
        ? { correct, credit, overriddenAt: null, overriddenById: null, autoCorrect: null, autoCredit: null }
        : { correct, credit, overriddenAt: now, overriddenById: teacherId, autoCorrect: auto, autoCredit },
    }),
    db.attempt.update({ where: { id: attemptId }, data: { score: { increment: credit - before } } }),
  ]);
  return { ...response.attempt, changed: true };
}
