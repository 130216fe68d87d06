// One review of one card (issue 11): the server judges the answer (as for a quiz), derives the rating from correctness
// and time, schedules the card with FSRS at the server's "now", and only then sends the key and the evidence. A
// review sent again with the same clientId (the offline queue retrying) is stored once and replays its result.
import "server-only";
import { z } from "zod";
import { checkAnswerShape, SHORT_ANSWER_MAX } from "@/lib/attempts/answer-shape";
import { evidenceInContext } from "@/lib/attempts/attempts";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseAnswer, parseStrings } from "@/lib/question-rows";
import { checkAnswer } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { deriveRating, GRADE_NAMES } from "./rating";
import { reviewOwnerKeys } from "./review-owners";
import { getDesiredRetention } from "./review-settings";
import { scheduleReview } from "./scheduler";
import type { Grade } from "ts-fsrs";

/** Longer than this is a review left open, not thinking time. */
const MAX_REVIEW_SECONDS = 3600;

export const ReviewInputSchema = z.object({
  answer: z.union([z.string().max(SHORT_ANSWER_MAX), z.array(z.string().max(500)).max(20)]),
  seconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600)
    .nullable()
    .optional(),
  /** The device's id for this review (uuid), so a retry is not a second review. */
  clientId: z
    .string()
    .regex(/^[0-9a-zA-Z-]{8,64}$/)
    .optional(),
  /** "Learn ahead": reviewing a card before it is due, asked for on purpose. */
  isAhead: z.boolean().optional(),
});
export type ReviewInput = z.infer<typeof ReviewInputSchema>;

const CARD_SELECT = {
  id: true,
  ownerKey: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
  suspendedAt: true,
  article: { select: { id: true, title: true, body: true, language: true } },
  question: {
    select: {
      id: true,
      type: true,
      choices: true,
      answer: true,
      left: true,
      evidenceStart: true,
      evidenceEnd: true,
      archivedAt: true,
    },
  },
} as const;

/** The card, if it is one of this device's; anyone else's is "not found". */
export async function loadOwnCard(cardId: string, deviceId: string | null) {
  const keys = await reviewOwnerKeys(deviceId);
  const card = await db.reviewCard.findUnique({ where: { id: cardId }, select: CARD_SELECT });
  if (!card || !keys.includes(card.ownerKey)) throw new NotFoundError("No such card.");
  return card;
}
type OwnCard = Awaited<ReturnType<typeof loadOwnCard>>;

export function reviewResult(
  card: OwnCard,
  log: { id: string; given: string | null; correct: boolean; rating: number },
  next: { due: Date; state: number },
) {
  const q = card.question;
  return {
    cardId: card.id,
    reviewId: log.id,
    given: log.given === null ? null : parseAnswer(log.given),
    correct: log.correct,
    rating: GRADE_NAMES[log.rating as Grade],
    answer: parseAnswer(q.answer),
    evidence: evidenceInContext(card.article.body, q.evidenceStart, q.evidenceEnd, {
      type: q.type,
      answer: parseAnswer(q.answer),
      left: q.left === null ? null : (JSON.parse(q.left) as string[]),
    }),
    article: { id: card.article.id, title: card.article.title, language: card.article.language },
    due: next.due.toISOString(),
    /** A typed answer's rating may be corrected by the student (the judge can be too strict or too kind). */
    canRerate: q.type === "short_answer",
  };
}
export type ReviewResult = ReturnType<typeof reviewResult>;

export async function submitReview({
  cardId,
  deviceId,
  input,
  now = new Date(),
}: {
  cardId: string;
  deviceId: string | null;
  input: ReviewInput;
  now?: Date;
}): Promise<ReviewResult> {
  const card = await loadOwnCard(cardId, deviceId);
  if (input.clientId) {
    const prior = await db.reviewLog.findUnique({ where: { cardId_clientId: { cardId, clientId: input.clientId } } });
    if (prior) return reviewResult(card, prior, card);
  }
  if (card.suspendedAt) throw new ConflictError("You suspended this card; it does not come back.", "card_suspended");
  if (card.question.archivedAt)
    throw new ConflictError("This question was replaced by its teacher.", "question_archived");
  if (!input.isAhead && card.due.getTime() > now.getTime())
    throw new ConflictError("This card is not due yet.", "not_due");

  const type = card.question.type as QuestionType;
  const choices = parseStrings(card.question.choices) ?? [];
  const given = typeof input.answer === "string" ? input.answer.trim() : input.answer;
  const shapeError = checkAnswerShape({ type, choices }, given);
  if (shapeError) throw new ValidationError(shapeError, "invalid_answer");
  const evidence = card.article.body.slice(card.question.evidenceStart, card.question.evidenceEnd);
  const correct = checkAnswer({ type, choices, answer: parseAnswer(card.question.answer) }, given, evidence);
  const seconds = input.seconds == null ? null : Math.min(input.seconds, MAX_REVIEW_SECONDS);
  const grade = deriveRating({ correct, seconds });
  const { card: next, log } = scheduleReview(card, now, grade, await getDesiredRetention(deviceId));

  const saved = await db.$transaction(async (tx) => {
    // Only if nobody reviewed it meanwhile (another tab, another device of the same student): the server's schedule
    // wins and this review is refused rather than applied to a card it did not see.
    const { count } = await tx.reviewCard.updateMany({ where: { id: cardId, reps: card.reps }, data: next });
    if (count === 0) throw new ConflictError("This card was reviewed meanwhile.", "already_reviewed");
    return tx.reviewLog.create({
      data: { cardId, clientId: input.clientId ?? null, given: JSON.stringify(given), correct, seconds, ...log },
    });
  });
  return reviewResult(card, saved, next);
}
