// Judges one answer on the server (the only judge), stores it once, and reveals the key and its evidence when the
// quiz's feedback setting allows and no other attempt could use them (always for practice); otherwise the verdict
// only, or just the word that the answer was saved. After the assignment's due date no answer is taken.
import "server-only";
import type Database from "better-sqlite3";
import { db } from "@/lib/db";
import { BusyError, ConflictError, isDatabaseBusy, NotFoundError, ValidationError } from "@/lib/errors";
import { parseAnswer, parseStrings } from "@/lib/question-rows";
import { isStudentOnDevice } from "@/lib/students/device-students";
import { checkAnswer } from "@/questions/index";
import type { QuestionType } from "@/questions/types";
import { answerCredit, roundScore } from "./answer-credit";
import { readAnswerContext, recordAnswer, type AttemptCounts } from "./answer-sql";
import { checkAnswerShape } from "./answer-shape";
import {
  attemptEndsAt,
  canReveal,
  canShowKeys,
  isPastDue,
  isTimeUp,
  REVIEW_OPTIONS_SELECT,
  type KeysAttempt,
} from "./attempt-rules";
import { loadOtherAttempts, toStudentResponse, type StudentResponse } from "./attempts";

/** A practice answer just stored: what its review card is made from. */
export type SavedPracticeAnswer = {
  deviceId: string;
  questionId: string;
  articleId: string;
  given: string;
  correct: boolean;
  seconds: number;
  answeredAt: Date;
};

/** The stored answer as its student may see it, and the attempt's counts after it. */
export type AnswerResult = StudentResponse & {
  score: number | null;
  total: number;
  answered: number;
  finishedAt: string | null;
};

function sameAnswer(a: string | string[], b: string | string[]) {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Issue 9: a first answer costs one read (the attempt, the question and only its evidence's part of the body; see
 * answer-sql.ts) and one write transaction (insert, then count it on the attempt and read the counts back). The
 * assignment, its quiz and the student's other attempts are read only for an assignment; nothing here counts or scans
 * other students' rows.
 */
export async function submitAnswer({
  attemptId,
  deviceId,
  questionId,
  answer,
  now = new Date(),
  onPracticeAnswer,
  onPracticeAnswerInTransaction,
}: {
  attemptId: string;
  deviceId: string | null;
  questionId: string;
  answer: string | string[];
  now?: Date;
  /**
   * Called once a first answer of a practice attempt is stored (its key is always shown there), with what a review card
   * needs — so the review hook (issue 11) costs one insert instead of re-reading the attempt. Its failure is the
   * caller's to swallow: the answer is saved.
   */
  onPracticeAnswer?: (a: SavedPracticeAnswer) => Promise<void>;
  /**
   * SQLite: the same card written inside the answer's own transaction (one commit per answer instead of two); when it
   * ran, onPracticeAnswer is not called. Elsewhere (PostgreSQL) onPracticeAnswer runs after the answer as before.
   */
  onPracticeAnswerInTransaction?: (client: Database.Database, a: SavedPracticeAnswer) => void;
}): Promise<AnswerResult> {
  const ctx = await readAnswerContext(attemptId, questionId);
  const assignment = ctx?.assignmentId
    ? await db.assignment.findUnique({
        where: { id: ctx.assignmentId },
        select: {
          id: true,
          dueAt: true,
          quiz: {
            select: {
              feedback: true,
              timeLimitSec: true,
              attemptsAllowed: true,
              partialCredit: true,
              ...REVIEW_OPTIONS_SELECT,
            },
          },
        },
      })
    : null;
  // Only its device (practice) or a student linked to this device (assignment) may answer; anyone else: not found.
  const isOwner = ctx?.studentId
    ? await isStudentOnDevice(ctx.studentId, deviceId)
    : Boolean(ctx && deviceId && ctx.deviceId === deviceId);
  if (!ctx || !isOwner) throw new NotFoundError("No such attempt.");
  const dueAt = assignment?.dueAt ?? null;
  const attempt: KeysAttempt = { finishedAt: ctx.finishedAt, deadlineAt: ctx.deadlineAt, assignment };
  if (!attempt.finishedAt && isTimeUp(attempt, now, dueAt)) {
    // closed at this moment, as loadOwnAttempt does; only if still open (a last answer may have just finished it)
    const end = attemptEndsAt(attempt, dueAt);
    attempt.finishedAt = end;
    await db.attempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: end } });
  }
  const questionIds = parseStrings(ctx.questionIds) ?? [];
  if (!questionIds.includes(questionId)) throw new NotFoundError("That question is not part of this quiz.");
  const question = ctx.question;
  if (!question) throw new NotFoundError("That question no longer exists.");
  const type = question.type as QuestionType;
  const choices = parseStrings(question.choices) ?? [];
  const given = typeof answer === "string" ? answer.trim() : answer;
  const shapeError = checkAnswerShape({ type, choices }, given);
  if (shapeError) throw new ValidationError(shapeError, "invalid_answer");

  const respond = async (
    givenJson: string,
    correct: boolean,
    credit: number,
    counts: AttemptCounts,
  ): Promise<AnswerResult> => {
    const asNow = { ...attempt, finishedAt: counts.finishedAt };
    const reveal = canReveal(asNow, now);
    // the student's other attempts matter only once keys could show (canShowKeys needs canReveal first)
    const other =
      reveal && assignment && ctx.studentId
        ? await loadOtherAttempts({
            attemptId,
            assignmentId: assignment.id,
            studentId: ctx.studentId,
            quizAttemptsAllowed: assignment.quiz.attemptsAllowed,
          })
        : null;
    const rules = { canReveal: reveal, canShowKeys: canShowKeys(asNow, now, other) };
    const response = toStudentResponse(
      { questionId, given: givenJson, correct, credit, question },
      question.body,
      rules,
    );
    return {
      ...response,
      score: rules.canReveal ? roundScore(counts.score) : null,
      total: counts.total,
      answered: counts.answeredCount,
      finishedAt: counts.finishedAt?.toISOString() ?? null,
    };
  };
  /** The answer already stored for this question: the same answer again replays its verdict, another is a 409. */
  const replay = async () => {
    const [prior, counts] = await Promise.all([
      db.response.findUnique({
        where: { attemptId_questionId: { attemptId, questionId } },
        select: { given: true, correct: true, credit: true },
      }),
      db.attempt.findUniqueOrThrow({
        where: { id: attemptId },
        select: { score: true, total: true, answeredCount: true, finishedAt: true },
      }),
    ]);
    if (!prior) return null;
    if (!sameAnswer(parseAnswer(prior.given), given))
      throw new ConflictError("You already answered this question; an answer cannot be changed.", "already_answered");
    return respond(prior.given, prior.correct, prior.credit, counts);
  };
  const closed = () => {
    // Issue 8: once the due date has passed keys may be out, so no attempt — open, or finished early — takes an answer.
    if (assignment && isPastDue(assignment.dueAt, now))
      return new ConflictError("This assignment is closed: its due date has passed.", "assignment_closed");
    return isTimeUp(attempt, now, dueAt)
      ? new ConflictError("Time is up: this answer came after the time limit.", "time_up")
      : new ConflictError("This quiz has been submitted; no more answers can be added.", "attempt_finished");
  };

  // A closed attempt takes no new answer, but one it already holds still replays (a resend from the offline queue).
  if (attempt.finishedAt || (assignment && isPastDue(assignment.dueAt, now))) {
    const replayed = await replay();
    if (replayed) return replayed;
    throw closed();
  }

  // the evidence lets a typed answer use a name the article itself defines for the key (an acronym)
  const { text, offset } = question.body;
  const evidence = text.slice(question.evidenceStart - offset, question.evidenceEnd - offset);
  const key = parseAnswer(question.answer);
  const correct = checkAnswer({ type, choices, answer: key }, given, evidence);
  // partial credit only where the teacher turned it on for the assigned quiz (practice stays all or nothing)
  const { credit } = answerCredit({
    type,
    answer: key,
    given,
    isCorrect: correct,
    partialCredit: assignment?.quiz.partialCredit ?? false,
  });
  const givenJson = JSON.stringify(given);
  const since = ctx.lastAnsweredAt ?? ctx.startedAt;
  const seconds = Math.max(0, Math.round((now.getTime() - since.getTime()) / 1000));
  // practice shows its key at once (canShowKeys): its review card is owed with the answer
  const saved: SavedPracticeAnswer = {
    deviceId: ctx.deviceId,
    questionId,
    articleId: question.articleId,
    given: givenJson,
    correct,
    seconds,
    answeredAt: now,
  };
  const inTransaction = !assignment && onPracticeAnswerInTransaction;
  let recorded;
  try {
    // Insert first: the unique (attempt, question) index, not a prior read, tells a first answer from a repeat.
    recorded = await recordAnswer({
      attemptId,
      questionId,
      givenJson,
      correct,
      credit,
      seconds,
      now,
      questionCount: questionIds.length,
      alsoOnSqlite: inTransaction ? (client) => inTransaction(client, saved) : undefined,
    });
  } catch (err) {
    // Nothing of this answer was committed (the transaction rolled back). Issue 8: never report it saved.
    if (isDatabaseBusy(err)) throw new BusyError();
    throw err;
  }
  if (recorded.status === "saved") {
    const result = await respond(givenJson, correct, credit, recorded);
    if (!assignment && onPracticeAnswer && !recorded.alsoDone && "answer" in result) await onPracticeAnswer(saved);
    return result;
  }
  const replayed = await replay();
  if (replayed) return replayed;
  // finished between the read and the write (its last answer, or the teacher's extra time ending): judged as closed
  attempt.finishedAt ??= now;
  throw closed();
}
