// Judges one answer on the server (the only judge), stores it once, and reveals the key and its evidence when the
// quiz's feedback setting allows and no other attempt could use them (always for practice); otherwise the verdict
// only, or just the word that the answer was saved. After the assignment's due date no answer is taken.
import "server-only";
import { db } from "@/lib/db";
import { BusyError, ConflictError, isDatabaseBusy, isUniqueViolation, NotFoundError, ValidationError } from "@/lib/errors";
import { parseAnswer } from "@/lib/question-rows";
import { checkAnswer } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { checkAnswerShape } from "./answer-shape";
import { canReveal, canShowKeys, isPastDue, isTimeUp } from "./attempt-rules";
import { loadOwnAttempt, toStudentResponse } from "./attempts";

function sameAnswer(a: string | string[], b: string | string[]) {
  return JSON.stringify(a) === JSON.stringify(b);
}

export async function submitAnswer({
  attemptId,
  deviceId,
  questionId,
  answer,
  now = new Date(),
}: {
  attemptId: string;
  deviceId: string | null;
  questionId: string;
  answer: string | string[];
  now?: Date;
}) {
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
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
  const respond = async (givenJson: string, correct: boolean) => {
    const fresh = await db.attempt.findUniqueOrThrow({
      where: { id: attemptId },
      select: { score: true, total: true, finishedAt: true, _count: { select: { responses: true } } },
    });
    const asNow = { ...attempt, finishedAt: fresh.finishedAt };
    const rules = { canReveal: canReveal(asNow, now), canShowKeys: canShowKeys(asNow, now, attempt.other) };
    const response = toStudentResponse({ questionId, given: givenJson, correct, question }, attempt.article.body, rules);
    return {
      ...response,
      score: rules.canReveal ? fresh.score : null,
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
  // Issue 8: once the due date has passed keys may be out, so no attempt — open, or finished early — takes an answer.
  if (attempt.assignment && isPastDue(attempt.assignment.dueAt, now))
    throw new ConflictError("This assignment is closed: its due date has passed.", "assignment_closed");
  if (attempt.finishedAt) {
    throw isTimeUp(attempt, now)
      ? new ConflictError("Time is up: this answer came after the time limit.", "time_up")
      : new ConflictError("This quiz has been submitted; no more answers can be added.", "attempt_finished");
  }

  // the evidence lets a typed answer use a name the article itself defines for the key (an acronym)
  const evidence = attempt.article.body.slice(question.evidenceStart, question.evidenceEnd);
  const correct = checkAnswer({ type, choices, answer: parseAnswer(question.answer) }, given, evidence);
  const givenJson = JSON.stringify(given);
  try {
    await db.$transaction(async (tx) => {
      const last = await tx.response.findFirst({
        where: { attemptId },
        orderBy: { answeredAt: "desc" },
        select: { answeredAt: true },
      });
      const since = last?.answeredAt ?? attempt.startedAt;
      const seconds = Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
      await tx.response.create({ data: { attemptId, questionId, given: givenJson, correct, seconds, answeredAt: now } });
      const answered = await tx.response.count({ where: { attemptId } });
      await tx.attempt.update({
        where: { id: attemptId },
        data: {
          ...(correct ? { score: { increment: 1 } } : {}),
          ...(answered >= attempt.questionIds.length ? { finishedAt: now } : {}),
        },
      });
    });
  } catch (err) {
    // Nothing of this answer was committed: the transaction has rolled back (lib/sqlite-adapter.ts ends it even when
    // COMMIT itself fails), so a re-read sees only committed rows. Issue 8: never report an uncommitted answer saved.
    if (isUniqueViolation(err)) {
      // Two identical submissions racing: the unique (attempt, question) index lets one in; the other replays it.
      const raced = await existing();
      if (raced) return replay(raced);
    }
    if (isDatabaseBusy(err)) throw new BusyError();
    throw err;
  }
  return respond(givenJson, correct);
}
export type SubmitAnswerResult = Awaited<ReturnType<typeof submitAnswer>>;
