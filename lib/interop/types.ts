// Layer: shared with the browser (client components import it): nothing server-only in here.
// The shape every interop format reads and writes: one question as Fahm keeps it, with its evidence as text (the
// other tools keep no article), plus the offsets when the format can carry them. Pure data: no database here.
import { AppError } from "@/lib/errors";
import { isChoiceType } from "@/lib/validation/question";
import type { QuestionType } from "@/questions/types";

export const EXPORT_FORMATS = ["moodle", "gift", "qti", "kahoot", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface InteropQuestion {
  type: QuestionType;
  prompt: string;
  /** As Fahm stores them: choice texts, ["true","false"], the shuffled events (timeline) or right-hand items (matching). */
  choices: string[];
  /** A choice's text, "true"/"false", the typed answer, or a list (timeline order; matching: right items in `left` order). */
  answer: string | string[];
  /** matching only. */
  left?: string[];
  /** The sentence that proves the answer; exported as the question's general feedback. */
  evidenceText?: string;
  /** Offsets into the source article (only CSV carries them). */
  evidence?: { start: number; end: number };
}

export interface ExportSource {
  /** The article's title: Moodle's category, the QTI test's title. */
  title: string;
  /** "ar" | "en": sets `dir`/`xml:lang` where the format has one. */
  language: string;
  questions: InteropQuestion[];
}

/** Why a question was left out of an export or an import. `code` is an i18n key under `interop.reasons`. */
export interface Skipped {
  /** 1-based position in the source (the quiz, or the file). */
  n: number;
  prompt: string;
  code: SkipCode;
  /** Values for the message (a limit, a type). */
  detail?: Record<string, string | number>;
}

export type SkipCode =
  | "unsupported_type"
  | "prompt_too_long"
  | "choice_too_long"
  | "too_many_choices"
  | "too_few_choices"
  | "no_correct_answer"
  | "several_correct_answers"
  | "formula"
  | "unsupported_text"
  | "invalid";

export interface ParsedFile {
  /** Each with its 1-based position in the file. */
  questions: (InteropQuestion & { n: number })[];
  skipped: Skipped[];
}

export type FileErrorCode =
  | "empty_file"
  | "too_large"
  | "unknown_format"
  | "xml_doctype"
  | "xml_malformed"
  | "not_moodle_xml"
  | "gift_syntax"
  | "csv_malformed"
  | "csv_header"
  | "bad_zip"
  | "zip_too_large"
  | "not_kahoot"
  | "not_qti"
  | "no_questions";

/** The whole file cannot be read: nothing is imported. `code` is an i18n key under `interop.errors`. */
export class InteropFileError extends AppError {
  constructor(code: FileErrorCode, message: string, detail: Record<string, string | number> = {}) {
    super(code === "too_large" ? 413 : 400, code, message, detail);
  }
}

/** Files larger than this are refused before they are parsed. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The most questions one file may bring in. */
export const IMPORT_MAX_QUESTIONS = 500;
/** The sum of a zip's uncompressed files (xlsx, QTI) we agree to open: a zip bomb stops here. */
export const ZIP_MAX_UNCOMPRESSED = 50 * 1024 * 1024;

/** Fahm's own type travels in the question's name ("Q3 [fahm-timeline]"; GIFT titles cannot hold a colon) so a round trip keeps it. */
export function typeMarker(n: number, type: string): string {
  return `Q${n} [fahm-${type}]`;
}
export function readTypeMarker(name: string | null | undefined): string | null {
  return /\[fahm[-:]([a-z_]+)\]/.exec(name ?? "")?.[1] ?? null;
}

/** Choice types travel as a single-answer multiple choice question; the marker says which one it was. */
export function multichoiceType(marker: string | null): InteropQuestion["type"] {
  return marker !== null && isChoiceType(marker) ? marker : "mcq";
}

/** Matching's right-hand items as shown: rotated by one, so no item sits beside its own left-hand item. */
export function shownRightItems(answer: string[]): string[] {
  return answer.length < 2 ? [...answer] : [...answer.slice(1), answer[0]!];
}

export function asList(answer: string | string[]): string[] {
  return Array.isArray(answer) ? answer : [answer];
}
export function asText(answer: string | string[]): string {
  return Array.isArray(answer) ? (answer[0] ?? "") : answer;
}
export function dirOfLanguage(language: string): "rtl" | "ltr" {
  return language === "ar" ? "rtl" : "ltr";
}
