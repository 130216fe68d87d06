// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// Converting between the generator's questions and database rows, and narrowing rows for each audience.
import type { GeneratedQuestion, QuestionType } from "@/questions/types";

export interface QuestionRow {
  id: string;
  type: string;
  prompt: string;
  choices: string;
  answer: string;
  left: string | null;
  evidenceStart: number;
  evidenceEnd: number;
  difficulty: number;
}

/** What a student may see before answering: no key, no evidence. */
export interface StudentQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  choices: string[];
  left?: string[];
}

/** The key and its proof, revealed once a question has been answered (or to the article's reader). */
export interface QuestionReveal {
  answer: string | string[];
  evidence: { start: number; end: number; text: string };
}

export const STUDENT_QUESTION_SELECT = { id: true, type: true, prompt: true, choices: true, left: true } as const;
/** The student's fields plus the key and its evidence: what `toStudentQuestion` and `toReveal` read. */
export const QUESTION_KEY_SELECT = {
  ...STUDENT_QUESTION_SELECT,
  answer: true,
  evidenceStart: true,
  evidenceEnd: true,
} as const;

// The codec of the JSON-in-TEXT columns (choices, left, answer, given, questionIds: the schema stays portable between
// SQLite and PostgreSQL, docs/postgresql.md). Every read of those columns goes through these two functions.

/** A list column (choices, left, an attempt's questionIds); undefined for a null column or a value that is not a list. */
export function parseStrings(json: string | null): string[] | undefined {
  if (json == null) return undefined;
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : undefined;
}

/** An answer column (a key, or what a student gave): one string, or a list for timeline and matching. */
export function parseAnswer(json: string): string | string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.map(String) : String(v);
}

export function toStudentQuestion(
  row: Pick<QuestionRow, "id" | "type" | "prompt" | "choices" | "left">,
): StudentQuestion {
  const left = parseStrings(row.left);
  return {
    id: row.id,
    type: row.type as QuestionType,
    prompt: row.prompt,
    choices: parseStrings(row.choices) ?? [],
    ...(left ? { left } : {}),
  };
}

export function toReveal(
  row: Pick<QuestionRow, "answer" | "evidenceStart" | "evidenceEnd">,
  body: string,
): QuestionReveal {
  return {
    answer: parseAnswer(row.answer),
    evidence: { start: row.evidenceStart, end: row.evidenceEnd, text: body.slice(row.evidenceStart, row.evidenceEnd) },
  };
}

export function toQuestionData(q: GeneratedQuestion, position: number, generatorVersion: string) {
  return {
    position,
    type: q.type,
    prompt: q.prompt,
    choices: JSON.stringify(q.choices),
    answer: JSON.stringify(q.answer),
    left: q.left ? JSON.stringify(q.left) : null,
    evidenceStart: q.evidence.start,
    evidenceEnd: q.evidence.end,
    difficulty: q.difficulty,
    generatorKey: q.id,
    generatorVersion,
  };
}
