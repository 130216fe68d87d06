// Turns the shared schema's result into the bank's ValidationError (code = the i18n key, message in English).
import "server-only";
import { ValidationError } from "@/lib/errors";
import { QUESTION_ERROR_MESSAGES, parseQuestionContent, type QuestionContent } from "@/lib/validation/question";

export function validateQuestionContent(
  input: unknown,
  opts: { bodyLength: number; type?: string; manual?: boolean; hasText?: boolean },
): QuestionContent {
  const result = parseQuestionContent(input, opts);
  if (!result.ok) throw new ValidationError(QUESTION_ERROR_MESSAGES[result.error] ?? "Invalid question.", result.error);
  return result.data;
}
