// Which answers are acceptable for a question's type, before judging them: wrong shapes are a 400, not "incorrect".
import "server-only";
import { z } from "zod";
import type { QuestionType } from "@/questions/types";

export const SHORT_ANSWER_MAX = 200;

export const AnswerInputSchema = z.object({
  questionId: z.string().min(1).max(64),
  answer: z.union([z.string().max(SHORT_ANSWER_MAX), z.array(z.string().max(500)).max(20)]),
});
export type AnswerInput = z.infer<typeof AnswerInputSchema>;

/** Returns an error message, or null when `given` has the right shape for the question. */
export function checkAnswerShape(
  q: { type: QuestionType; choices: string[] },
  given: string | string[],
): string | null {
  switch (q.type) {
    case "timeline":
    case "matching": {
      if (!Array.isArray(given)) return "This question expects a list of items.";
      const want = [...q.choices].sort();
      const got = [...given].sort();
      if (want.length !== got.length || want.some((c, i) => c !== got[i]))
        return "Use each of the given items exactly once.";
      return null;
    }
    case "short_answer":
      if (typeof given !== "string" || given.trim() === "") return "Type an answer.";
      return null;
    default:
      if (typeof given !== "string") return "Choose one of the choices.";
      if (!q.choices.includes(given)) return "That is not one of the choices.";
      return null;
  }
}
