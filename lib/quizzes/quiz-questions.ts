// Shared checks for quiz writes: parsing with the quiz schemas, and "usable" questions (approved, current, of one of
// the teacher's own articles: a quiz may draw from several of them).
import "server-only";
import type { z } from "zod";
import { REVIEW_OPTIONS_SELECT } from "@/lib/attempts/attempt-rules";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { QUIZ_ERROR_MESSAGES, firstIssueCode, type QuizSettings } from "@/lib/validation/quizzes";

export function quizError(code: string): ValidationError {
  const messages: Record<string, string> = QUIZ_ERROR_MESSAGES;
  return new ValidationError(messages[code] ?? QUIZ_ERROR_MESSAGES.invalidInput, code);
}

export function parseQuizInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw quizError(firstIssueCode(parsed.error));
  return parsed.data;
}

const USABLE_QUESTION = { status: "approved", archivedAt: null } as const;

/** The approved, current questions of an article, in article order. */
export function listUsableQuestions(articleId: string) {
  return db.question.findMany({
    where: { articleId, ...USABLE_QUESTION },
    orderBy: { position: "asc" },
    select: {
      id: true,
      type: true,
      position: true,
      prompt: true,
      choices: true,
      left: true,
      answer: true,
      version: true,
    },
  });
}

/**
 * Throws unless every id is an approved, current question of one of the teacher's own articles in the quiz's language.
 * A question that is not the teacher's (another teacher's, an anonymous paste's, or none at all) is "not found" (404,
 * never confirming it exists); one of their own that is a draft or archived is `questionUnavailable` and one in
 * another language `otherLanguage` (400): a quiz is read, printed and played in one language and direction.
 */
export async function assertUsableQuestions(teacherId: string, ids: readonly string[], language: string) {
  const unique = [...new Set(ids)];
  const rows = await db.question.findMany({
    where: { id: { in: unique }, article: { ownerId: teacherId } },
    select: { status: true, archivedAt: true, article: { select: { language: true } } },
  });
  if (rows.length !== unique.length) throw new NotFoundError("No such question.");
  if (rows.some((r) => r.status !== USABLE_QUESTION.status || r.archivedAt !== null))
    throw quizError("questionUnavailable");
  if (rows.some((r) => r.article.language !== language)) throw quizError("otherLanguage");
}

export const toTimeLimitSec = (min: number | null) => (min == null ? null : min * 60);

/** The quiz's settings as its columns: the one place a new setting is written (creating a quiz and saving settings). */
export function settingsColumns(data: QuizSettings) {
  return {
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
  };
}
/** The same columns, to read a quiz's settings back or copy them. */
export const SETTINGS_SELECT = {
  title: true,
  timeLimitSec: true,
  attemptsAllowed: true,
  shuffleQuestions: true,
  shuffleChoices: true,
  partialCredit: true,
  feedback: true,
  ...REVIEW_OPTIONS_SELECT,
} as const satisfies Record<keyof ReturnType<typeof settingsColumns>, true>;
export const toTimeLimitMin = (sec: number | null) => (sec == null ? null : Math.round(sec / 60));
