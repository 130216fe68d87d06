// Practice attempts: start (or resume) one, read it as its student may see it, and list a device's past attempts.
import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isStudentOnDevice } from "@/lib/students/device-students";
import { STUDENT_QUESTION_SELECT, toReveal, toStudentQuestion, type QuestionReveal } from "@/lib/question-rows";

const CONTEXT_CHARS = 160;

/** The evidence sentence with some text either side, so the feedback can quote it in context. */
export function evidenceInContext(body: string, start: number, end: number) {
  const from = Math.max(0, body.lastIndexOf("\n", start - 1) + 1, start - CONTEXT_CHARS);
  const nl = body.indexOf("\n", end);
  const to = Math.min(nl === -1 ? body.length : nl, end + CONTEXT_CHARS);
  return { before: body.slice(from, start), text: body.slice(start, end), after: body.slice(end, to) };
}

export interface RevealedResponse {
  questionId: string;
  given: string | string[];
  correct: boolean;
  answer: QuestionReveal["answer"];
  evidence: ReturnType<typeof evidenceInContext>;
}

export async function startAttempt({
  articleId,
  deviceId,
  fresh = false,
}: {
  articleId: string;
  deviceId: string;
  fresh?: boolean;
}) {
  const article = await db.article.findFirst({
    where: { id: articleId, ownerId: null },
    select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!article) throw new NotFoundError("No such article.");
  if (article.questions.length === 0) throw new ValidationError("This article has no questions to practise.", "no_questions");
  if (!fresh) {
    const open = await db.attempt.findFirst({
      where: { articleId, deviceId, assignmentId: null, finishedAt: null },
      orderBy: { startedAt: "desc" },
      select: { id: true },
    });
    if (open) return open;
  }
  const ids = article.questions.map((q) => q.id);
  return db.attempt.create({
    data: { articleId, deviceId, questionIds: JSON.stringify(ids), total: ids.length },
    select: { id: true },
  });
}

/** Loads an attempt for its own device; anyone else gets "not found" (not "forbidden", which would confirm it exists). */
export async function loadOwnAttempt(attemptId: string, deviceId: string | null) {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      deviceId: true,
      studentId: true,
      assignmentId: true,
      questionIds: true,
      startedAt: true,
      finishedAt: true,
      score: true,
      total: true,
      article: { select: { id: true, title: true, body: true, language: true } },
    },
  });
  const isOwner = attempt?.studentId
    ? await isStudentOnDevice(attempt.studentId, deviceId)
    : Boolean(attempt && deviceId && attempt.deviceId === deviceId);
  if (!attempt || !isOwner) throw new NotFoundError("No such attempt.");
  return { ...attempt, questionIds: JSON.parse(attempt.questionIds) as string[] };
}

/** The attempt as its student sees it: questions without keys; keys and evidence only for answered questions. */
export async function getAttemptView({ attemptId, deviceId }: { attemptId: string; deviceId: string | null }) {
  const attempt = await loadOwnAttempt(attemptId, deviceId);
  const [rows, responses] = await Promise.all([
    db.question.findMany({ where: { id: { in: attempt.questionIds } }, select: STUDENT_QUESTION_SELECT }),
    db.response.findMany({
      where: { attemptId },
      select: {
        questionId: true,
        given: true,
        correct: true,
        question: { select: { answer: true, evidenceStart: true, evidenceEnd: true } },
      },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const questions = attempt.questionIds.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toStudentQuestion(row)] : [];
  });
  const body = attempt.article.body;
  return {
    id: attempt.id,
    article: { id: attempt.article.id, title: attempt.article.title, language: attempt.article.language },
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    score: attempt.score,
    total: attempt.total,
    questions,
    responses: responses.map((r) => revealResponse(r, body)),
  };
}
export type AttemptView = Awaited<ReturnType<typeof getAttemptView>>;

export function revealResponse(
  r: {
    questionId: string;
    given: string;
    correct: boolean;
    question: { answer: string; evidenceStart: number; evidenceEnd: number };
  },
  body: string,
): RevealedResponse {
  const reveal = toReveal(r.question, body);
  return {
    questionId: r.questionId,
    given: JSON.parse(r.given) as string | string[],
    correct: r.correct,
    answer: reveal.answer,
    evidence: evidenceInContext(body, r.question.evidenceStart, r.question.evidenceEnd),
  };
}

export async function listAttempts({ articleId, deviceId }: { articleId: string; deviceId: string | null }) {
  if (!deviceId) return [];
  return db.attempt.findMany({
    where: { articleId, deviceId, assignmentId: null },
    orderBy: { startedAt: "desc" },
    select: { id: true, startedAt: true, finishedAt: true, score: true, total: true, _count: { select: { responses: true } } },
    take: 50,
  });
}
