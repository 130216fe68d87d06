// The teacher's view of a question: key, evidence, status and history, parsed from its row.
import "server-only";
import { QUESTION_KEY_SELECT, toReveal, toStudentQuestion, type QuestionRow } from "@/lib/question-rows";
import type { QuestionType } from "@/questions/types";

export interface BankQuestion {
  id: string;
  articleId: string;
  position: number;
  type: QuestionType;
  prompt: string;
  choices: string[];
  left?: string[];
  answer: string | string[];
  evidence: { start: number; end: number; text: string };
  status: "draft" | "approved";
  origin: "generated" | "manual" | "imported";
  version: number;
  previousId: string | null;
  archivedAt: string | null;
  /** How many answers students have given to this version. */
  responses: number;
}

export const BANK_QUESTION_SELECT = {
  ...QUESTION_KEY_SELECT,
  articleId: true,
  position: true,
  status: true,
  origin: true,
  version: true,
  previousId: true,
  archivedAt: true,
} as const;

export interface BankQuestionRow extends Omit<QuestionRow, "difficulty"> {
  articleId: string;
  position: number;
  status: string;
  origin: string;
  version: number;
  previousId: string | null;
  archivedAt: Date | null;
}

/** `responses`: how many answers it has (lib/bank/response-counts.ts; 0 for a question just created). */
export function toBankQuestion(row: BankQuestionRow, body: string, responses: number): BankQuestion {
  return {
    ...toStudentQuestion(row),
    ...toReveal(row, body),
    articleId: row.articleId,
    position: row.position,
    status: row.status === "approved" ? "approved" : "draft",
    origin: row.origin === "manual" || row.origin === "imported" ? row.origin : "generated",
    version: row.version,
    previousId: row.previousId,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
    responses,
  };
}
