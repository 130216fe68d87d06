// Shared checks for quiz writes: parsing with the quiz schemas, and "usable" questions (approved, current, of the
// quiz's article — which the caller has already checked belongs to the teacher).
import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { QUIZ_ERROR_MESSAGES, firstIssueCode } from "@/lib/validation/quizzes";

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

/** Throws unless every id is an approved, current question of the article. */
export async function assertUsableQuestions(articleId: string, ids: readonly string[]) {
  const found = await db.question.count({ where: { id: { in: [...ids] }, articleId, ...USABLE_QUESTION } });
  if (found !== new Set(ids).size) throw quizError("questionUnavailable");
}

export const toTimeLimitSec = (min: number | null) => (min == null ? null : min * 60);
export const toTimeLimitMin = (sec: number | null) => (sec == null ? null : Math.round(sec / 60));
