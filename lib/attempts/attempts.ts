// Practice attempts: start (or resume) one, read it as its student may see it, and list a device's past attempts.
import "server-only";
import { visibleToDevice } from "@/lib/articles/get-article";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { isStudentOnDevice } from "@/lib/students/device-students";
import {
  attemptEndsAt,
  attemptsAllowedFor,
  canReveal,
  canShowKeys,
  extensionMs,
  feedbackMode,
  isTimeUp,
  MAX_EXTENSIONS,
  REVIEW_OPTIONS_SELECT,
  reviewOption,
  reviewPhase,
  studentOrder,
  warningMs,
  type OtherAttempts,
} from "./attempt-rules";
import { partialCountOf, roundScore, type PartialCount } from "./answer-credit";
import { evidenceItems, itemEvidence, type EvidencePart } from "./item-evidence";
import {
  parseAnswer,
  parseStrings,
  STUDENT_QUESTION_SELECT,
  toStudentQuestion,
  type QuestionReveal,
} from "@/lib/question-rows";

export const CONTEXT_CHARS = 160;

/**
 * Part of an article's body: `text` is `body.slice(offset, offset + text.length)`, and `isEnd` says it runs to the
 * body's end. The answer path reads only the evidence with CONTEXT_CHARS + 1 either side, never the whole body
 * (issue 9); one more character than the context is enough to know whether the paragraph goes on past it.
 */
export interface BodySlice {
  text: string;
  offset: number;
  isEnd: boolean;
}
export type BodyText = string | BodySlice;
const asSlice = (body: BodyText): BodySlice =>
  typeof body === "string" ? { text: body, offset: 0, isEnd: true } : body;

export interface EvidenceInContext {
  before: string;
  text: string;
  after: string;
  /** Timeline and matching: only the sentence of each item, in article order (`text` joins them with " … "). */
  parts?: EvidencePart[];
}

/**
 * The evidence sentence with some text either side (within its paragraph), so feedback can quote it in context. Given
 * a timeline or matching question, the sentences holding its items instead, when each is found (item-evidence.ts).
 */
export function evidenceInContext(
  body: BodyText,
  start: number,
  end: number,
  question?: { type: string; answer: string | string[]; left?: readonly string[] | null },
): EvidenceInContext {
  const { text, offset, isEnd } = asSlice(body);
  const s = start - offset;
  const e = end - offset;
  const items = question ? evidenceItems(question) : [];
  const parts = items.length > 0 ? itemEvidence({ span: text.slice(s, e), spanStart: start, items }) : null;
  if (parts) return { before: "", text: parts.map((p) => p.text).join(" … "), after: "", parts };
  const nlBefore = text.lastIndexOf("\n", s - 1);
  // -1 / length + 1: the paragraph goes on beyond the slice (only where the slice does not start or end the body)
  const paraStart = nlBefore !== -1 ? nlBefore + 1 : offset === 0 ? 0 : -1;
  const nl = text.indexOf("\n", e);
  const paraEnd = nl !== -1 ? nl : isEnd ? text.length : text.length + 1;
  const from = Math.max(paraStart, s - CONTEXT_CHARS);
  const to = Math.min(paraEnd, e + CONTEXT_CHARS);
  // "…" marks only text that was really cut off.
  const before = (from > paraStart ? "…" : "") + text.slice(Math.max(0, from), s);
  const after = text.slice(e, to) + (to < paraEnd ? "…" : "");
  return { before, text: text.slice(s, e), after };
}

export interface RevealedResponse {
  questionId: string;
  given: string | string[];
  correct: boolean;
  /** A partly right matching/timeline answer under partial credit: "3 of 4 pairs right" (answer-credit.ts). */
  partial?: PartialCount;
  answer: QuestionReveal["answer"];
  evidence: EvidenceInContext;
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
    where: { id: articleId, ...visibleToDevice(deviceId) },
    select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  if (!article) throw new NotFoundError("No such article.");
  if (article.questions.length === 0)
    throw new ValidationError("This article has no questions to practise.", "no_questions");
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

/**
 * Loads an attempt for its owner: the device that practises, or a student linked to this device. Anyone else gets
 * "not found" (not "forbidden", which would confirm it exists). An attempt past its time limit or its assignment's
 * due date is closed here, at that moment. For an assignment it also loads the student's other attempts there,
 * which decide whether keys may be shown (attempt-rules `canShowKeys`).
 */
export async function loadOwnAttempt(attemptId: string, deviceId: string | null, now = new Date()) {
  const attempt = await db.attempt.findUnique({
    where: { id: attemptId },
    select: {
      id: true,
      deviceId: true,
      studentId: true,
      assignmentId: true,
      questionIds: true,
      startedAt: true,
      deadlineAt: true,
      extensions: true,
      finishedAt: true,
      score: true,
      total: true,
      article: { select: { id: true, title: true, language: true } },
      assignment: {
        select: {
          id: true,
          dueAt: true,
          quiz: {
            select: {
              title: true,
              feedback: true,
              timeLimitSec: true,
              shuffleChoices: true,
              attemptsAllowed: true,
              ...REVIEW_OPTIONS_SELECT,
            },
          },
        },
      },
    },
  });
  const isOwner = attempt?.studentId
    ? await isStudentOnDevice(attempt.studentId, deviceId)
    : Boolean(attempt && deviceId && attempt.deviceId === deviceId);
  if (!attempt || !isOwner) throw new NotFoundError("No such attempt.");
  const dueAt = attempt.assignment?.dueAt ?? null;
  if (!attempt.finishedAt && isTimeUp(attempt, now, dueAt)) {
    const end = attemptEndsAt(attempt, dueAt);
    attempt.finishedAt = end;
    // Only if still open: a last answer racing this read may have finished it a moment earlier.
    await db.attempt.updateMany({ where: { id: attempt.id, finishedAt: null }, data: { finishedAt: end } });
  }
  const other =
    attempt.assignment && attempt.studentId
      ? await loadOtherAttempts({
          attemptId: attempt.id,
          assignmentId: attempt.assignment.id,
          studentId: attempt.studentId,
          quizAttemptsAllowed: attempt.assignment.quiz.attemptsAllowed,
        })
      : null;
  return { ...attempt, questionIds: parseStrings(attempt.questionIds) ?? [], other };
}
export type OwnAttempt = Awaited<ReturnType<typeof loadOwnAttempt>>;

/** A student's other attempts at an assignment and the attempts they may make: what decides whether keys show. */
export async function loadOtherAttempts({
  attemptId,
  assignmentId,
  studentId,
  quizAttemptsAllowed,
}: {
  attemptId: string;
  assignmentId: string;
  studentId: string;
  quizAttemptsAllowed: number;
}): Promise<OtherAttempts> {
  const [others, accommodation] = await Promise.all([
    db.attempt.findMany({
      where: { assignmentId, studentId, id: { not: attemptId } },
      select: { finishedAt: true, deadlineAt: true },
    }),
    // An extra attempt the teacher granted is still a chance to change the score: keys stay hidden until it is used.
    db.accommodation.findUnique({ where: { assignmentId_studentId: { assignmentId, studentId } } }),
  ]);
  return { others, attemptsAllowed: attemptsAllowedFor(quizAttemptsAllowed, accommodation) };
}

/** Does the due date come before (or at) the time limit? Then more time cannot help. */
export function isCappedByDue(attempt: Pick<OwnAttempt, "deadlineAt" | "assignment">): boolean {
  const dueAt = attempt.assignment?.dueAt;
  return Boolean(attempt.deadlineAt && dueAt && dueAt.getTime() <= attempt.deadlineAt.getTime());
}

/** What the player needs to know about the quiz's rules. */
function attemptRules(attempt: OwnAttempt, now = new Date()) {
  // A timed attempt's clock runs to its time limit or the due date, whichever is first.
  const deadlineAt = attempt.deadlineAt ? attemptEndsAt(attempt, attempt.assignment?.dueAt ?? null) : null;
  const limit = attempt.assignment?.quiz.timeLimitSec;
  const quiz = attempt.assignment?.quiz;
  return {
    isAssignment: attempt.assignment !== null,
    feedback: feedbackMode(attempt),
    /** Verdicts and score. */
    canReveal: canReveal(attempt, now),
    /** Keys and evidence: only once no attempt can still change the score, and if the teacher shows them now. */
    canShowKeys: canShowKeys(attempt, now, attempt.other),
    /** Where the attempt is (during / after submit / after the due date), and what the teacher shows in each phase. */
    review: {
      phase: reviewPhase(attempt, now),
      during: quiz ? reviewOption(quiz, "during") : "keys",
      afterSubmit: quiz ? reviewOption(quiz, "after_submit") : "keys",
      afterClose: quiz ? reviewOption(quiz, "after_close") : "keys",
    },
    deadlineAt: deadlineAt?.toISOString() ?? null,
    dueAt: attempt.assignment?.dueAt?.toISOString() ?? null,
    /** The server's clock as it stated these rules: a device whose own clock is off measures time left against it. */
    serverNow: now.toISOString(),
    /** How long before the end the player warns and offers more time (WCAG 2.2.1: at least 20 s); null: untimed. */
    warningMs: attempt.deadlineAt && limit ? warningMs(limit) : null,
    /** How much one "I need more time" adds. */
    extensionMs: attempt.deadlineAt && limit ? extensionMs(limit) : null,
    /** Extensions are left (the player offers them only in the warning period, as the server accepts them). */
    canExtend:
      attempt.deadlineAt !== null &&
      attempt.finishedAt === null &&
      attempt.extensions < MAX_EXTENSIONS &&
      !isCappedByDue(attempt),
  };
}

/** Which attempt, asked by which device, at what moment (the clock is injectable for tests). */
export interface OwnAttemptInput {
  attemptId: string;
  deviceId: string | null;
  now?: Date;
}

/** The attempt as its student sees it: no key and no evidence until the quiz's feedback setting allows. */
export async function getAttemptView({ attemptId, deviceId, now = new Date() }: OwnAttemptInput) {
  const attempt = await loadOwnAttempt(attemptId, deviceId, now);
  const rules = attemptRules(attempt, now);
  const [rows, responses] = await Promise.all([
    db.question.findMany({ where: { id: { in: attempt.questionIds } }, select: STUDENT_QUESTION_SELECT }),
    db.response.findMany({
      where: { attemptId },
      select: {
        questionId: true,
        given: true,
        correct: true,
        credit: true,
        // Each question's evidence comes from its own article: a quiz may draw from several (attempt.article is the
        // quiz's home article, or the practised one).
        question: {
          select: {
            type: true,
            answer: true,
            left: true,
            evidenceStart: true,
            evidenceEnd: true,
            article: { select: { body: true } },
          },
        },
      },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shuffleFor = attempt.assignment?.quiz.shuffleChoices && attempt.studentId ? attempt.studentId : null;
  const questions = attempt.questionIds.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const q = toStudentQuestion(row);
    // true/false keeps its fixed order; everything else is in the student's own order when the teacher asks for it.
    if (shuffleFor && q.type !== "true_false") q.choices = studentOrder(q.choices, shuffleFor, q.id);
    return [q];
  });
  return {
    id: attempt.id,
    article: { id: attempt.article.id, title: attempt.article.title, language: attempt.article.language },
    quizTitle: attempt.assignment?.quiz.title ?? null,
    startedAt: attempt.startedAt.toISOString(),
    finishedAt: attempt.finishedAt?.toISOString() ?? null,
    score: rules.canReveal ? roundScore(attempt.score) : null,
    total: attempt.total,
    rules,
    questions,
    responses: responses.map((r): StudentResponse => toStudentResponse(r, r.question.article.body, rules)),
  };
}
export type AttemptView = Awaited<ReturnType<typeof getAttemptView>>;

/** A saved answer whose verdict is withheld until the feedback setting allows. */
export interface HiddenResponse {
  questionId: string;
  given: string | string[];
  hidden: true;
}
/** Correct or not, without the key: while another attempt could still use the key to change the score. */
export interface VerdictResponse {
  questionId: string;
  given: string | string[];
  correct: boolean;
  partial?: PartialCount;
}
export type StudentResponse = RevealedResponse | VerdictResponse | HiddenResponse;

type ResponseRow = Parameters<typeof revealResponse>[0];

/** One saved answer as much as the rules let its student see: key and evidence, the verdict only, or neither. */
export function toStudentResponse(
  r: ResponseRow,
  body: BodyText,
  rules: { canReveal: boolean; canShowKeys: boolean },
): StudentResponse {
  const given = parseAnswer(r.given);
  if (rules.canShowKeys) return revealResponse(r, body);
  if (rules.canReveal) return withPartial({ questionId: r.questionId, given, correct: r.correct }, r.credit);
  return { questionId: r.questionId, given, hidden: true };
}

function revealResponse(
  r: {
    questionId: string;
    given: string;
    correct: boolean;
    credit: number;
    question: { type: string; answer: string; left: string | null; evidenceStart: number; evidenceEnd: number };
  },
  body: BodyText,
): RevealedResponse {
  const answer = parseAnswer(r.question.answer);
  const left = r.question.left === null ? null : parseStrings(r.question.left);
  return withPartial(
    {
      questionId: r.questionId,
      given: parseAnswer(r.given),
      correct: r.correct,
      answer,
      evidence: evidenceInContext(body, r.question.evidenceStart, r.question.evidenceEnd, {
        type: r.question.type,
        answer,
        left,
      }),
    },
    r.credit,
  );
}

/** Adds the partial count when the answer earned part of a point. */
function withPartial<T extends { given: string | string[] }>(r: T, credit: number): T & { partial?: PartialCount } {
  const partial = partialCountOf(credit, r.given);
  return partial ? { ...r, partial } : r;
}

export async function listAttempts({ articleId, deviceId }: { articleId: string; deviceId: string | null }) {
  if (!deviceId) return [];
  return db.attempt.findMany({
    where: { articleId, deviceId, assignmentId: null },
    orderBy: { startedAt: "desc" },
    // answeredCount, not `_count: { responses }`: Prisma counts that with a GROUP BY over every response (issue 9)
    select: { id: true, startedAt: true, finishedAt: true, score: true, total: true, answeredCount: true },
    take: 50,
  });
}
