// Judges one answer on the server (the only judge), stores it once, and reveals the key and its evidence.
import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { parseAnswer } from "@/lib/question-rows";
import { checkAnswer } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { checkAnswerShape } from "./answer-shape";
import { loadOwnAttempt, revealResponse } from "./attempts";

function sameAnswer(a: string | string[], b: string | string[]) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function submitAnswer({
  attemptId,
  deviceId,
  questionId,
  answer,
}: {
  attemptId: string;
  deviceId: string | null;
  questionId: string;
  answer: string | string[];
}) {
  const attempt = await loadOwnAttempt(attemptId, deviceId);
  if (!attempt.questionIds.includes(questionId)) throw new NotFoundError("That question is not part of this quiz.");
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: { id: true, type: true, choices: true, answer: true, evidenceStart: true, evidenceEnd: true },
  });
  if (!question) throw new NotFoundError("That question no longer exists.");
  const type = question.type as QuestionType;
  const choices = JSON.parse(question.choices) as string[];
  const given = typeof answer === "string" ? answer.trim() : answer;
  const shapeError = checkAnswerShape({ type, choices }, given);
  if (shapeError) throw new ValidationError(shapeError, "invalid_answer");

  const existing = () =>
    db.response.findUnique({
      where: { attemptId_questionId: { attemptId, questionId } },
      select: { given: true, correct: true },
    });
  const respond = async (given: string, correct: boolean) => {
    const fresh = await db.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { score: true, total: true, finishedAt: true, _count: { select: { responses: true } } },
    });
    return {
      ...revealResponse({ questionId, given, correct, question }, attempt.article.body),
      score: fresh.score,
      total: fresh.total,
      answered: fresh._count.responses,
      finishedAt: fresh.finishedAt?.toISOString() ?? null,
    };
  };
  const replay = async (prior: { given: string; correct: boolean }) => {
    if (!sameAnswer(JSON.parse(prior.given) as string | string[], given))
      throw new ConflictError("You already answered this question; an answer cannot be changed.", "already_answered");
    return respond(prior.given, prior.correct);
  };

  const prior = await existing();
  if (prior) return replay(prior);

  const correct = checkAnswer({ type, choices, answer: parseAnswer(question.answer) }, given);
  const givenJson = JSON.stringify(given);
  try {
    await db.$transaction(async (tx) => {
      await tx.response.create({ data: { attemptId, questionId, given: givenJson, correct } });
      const answered = await tx.response.count({ where: { attemptId } });
      await tx.attempt.update({
        where: { id: attemptId },
        data: {
          ...(correct ? { score: { increment: 1 } } : {}),
          ...(answered >= attempt.questionIds.length ? { finishedAt: new Date() } : {}),
        },
      });
    });
  } catch (err) {
    // Two identical submissions racing: the unique (attempt, question) index lets one in; the other replays it.
    const raced = await existing();
    if (raced) return replay(raced);
    throw err;
  }
  return respond(givenJson, correct);
}
export type SubmitAnswerResult = Awaited<ReturnType<typeof submitAnswer>>;
