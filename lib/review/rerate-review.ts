// After a typed answer the student may correct the rating (issue 11): the last review is rolled back with ts-fsrs and
// applied again with the rating they chose, at the moment it was first given.
import "server-only";
import { z } from "zod";
import type { Grade } from "ts-fsrs";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { GRADE_NAMES, gradeFromName } from "./rating";
import { getDesiredRetention } from "./review-settings";
import { rollbackReview, scheduleReview } from "./scheduler";
import { loadOwnCard, reviewResult } from "./submit-review";

export const RerateInputSchema = z.object({
  reviewId: z.string().min(1).max(64),
  rating: z.enum(["again", "hard", "good", "easy"]),
});

export async function rerateReview({
  cardId,
  deviceId,
  input,
}: {
  cardId: string;
  deviceId: string | null;
  input: z.infer<typeof RerateInputSchema>;
}) {
  const card = await loadOwnCard(cardId, deviceId);
  if (card.question.type !== "short_answer")
    throw new ConflictError("Only a typed answer's rating can be changed.", "not_rerateable");
  const last = await db.reviewLog.findFirst({ where: { cardId }, orderBy: [{ review: "desc" }, { id: "desc" }] });
  if (!last || last.id !== input.reviewId || last.source !== "review")
    throw new ConflictError("Only the latest review of this card can be re-rated.", "not_latest_review");
  const grade = gradeFromName(input.rating);
  if (grade === last.rating) return reviewResult(card, last, card);
  const retention = await getDesiredRetention(deviceId);
  const before = rollbackReview(card, last, retention);
  const { card: next, log } = scheduleReview(before, last.review, grade, retention);
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.reviewCard.updateMany({ where: { id: cardId, reps: card.reps }, data: next });
    if (count === 0) throw new ConflictError("This card was reviewed meanwhile.", "already_reviewed");
    return tx.reviewLog.update({ where: { id: last.id }, data: { ...log } });
  });
  return { ...reviewResult(card, saved, next), rating: GRADE_NAMES[saved.rating as Grade] };
}
