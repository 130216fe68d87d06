// The teacher's view of a question: key, evidence, status and history, parsed from its row.
import "server-only";
import { parseAnswer, parseStrings } from "@/lib/question-rows";
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
  id: true,
  articleId: true,
  position: true,
  type: true,
  prompt: true,
  choices: true,
  left: true,
  answer: true,
  evidenceStart: true,
  evidenceEnd: true,
  status: true,
  origin: true,
  version: true,
  previousId: true,
  archivedAt: true,
} as const;

export interface BankQuestionRow {
  id: string;
  articleId: string;
  position: number;
  type: string;
  prompt: string;
  choices: string;
  left: string | null;
  answer: string;
  evidenceStart: number;
  evidenceEnd: number;
  status: string;
  origin: string;
  version: number;
  previousId: string | null;
  archivedAt: Date | null;
}

/** `responses`: how many answers it has (lib/bank/response-counts.ts; 0 for a question just created). */
export function toBankQuestion(row: BankQuestionRow, body: string, responses: number): BankQuestion {
  const left = row.left ? parseStrings(row.left) : undefined;
  return {
    id: row.id,
    articleId: row.articleId,
    position: row.position,
    type: row.type as QuestionType,
    prompt: row.prompt,
    choices: parseStrings(row.choices) ?? [],
    ...(left ? { left } : {}),
    answer: parseAnswer(row.answer),
    evidence: { start: row.evidenceStart, end: row.evidenceEnd, text: body.slice(row.evidenceStart, row.evidenceEnd) },
    status: row.status === "approved" ? "approved" : "draft",
    origin: row.origin === "manual" || row.origin === "imported" ? row.origin : "generated",
    version: row.version,
    previousId: row.previousId,
    archivedAt: row.archivedAt ? row.archivedAt.toISOString() : null,
    responses,
  };
}
