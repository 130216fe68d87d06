// The generator's public contract. `npm run questions -- <file> --json` prints GenerateResult (language + questions);
// the app stores GeneratedQuestion rows. Keep field names stable: other tools read them.

export type Language = "ar" | "en";

export const QUESTION_TYPES = [
  "mcq",
  "cloze",
  "true_false",
  "number",
  "date",
  "timeline",
  "quote",
  "matching",
  "short_answer",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** UTF-16 offsets into the text exactly as given (no trimming): text.slice(start, end) is the evidence. */
export interface Evidence {
  start: number;
  end: number;
}

export interface GeneratedQuestion {
  /** Stable, hash-based: same text + options → same id. */
  id: string;
  type: QuestionType;
  prompt: string;
  /**
   * Choices shown to the student. mcq/cloze/number/date/quote: 3–4 options, one is `answer`.
   * true_false: ["true", "false"]. timeline: the events, shuffled. matching: the right-hand items, shuffled.
   * short_answer: [] (typed answer).
   */
  choices: string[];
  /**
   * The key. A choice's text; "true"/"false" for true_false; the items in the right order for timeline; the right-hand
   * items in the order of `left` for matching; the expected text for short_answer.
   */
  answer: string | string[];
  /** matching only: the left-hand items (e.g. people), in display order. */
  left?: string[];
  evidence: Evidence;
  /** 0 (easy) … 1 (hard), an estimate. */
  difficulty: number;
}

export interface GenerateOptions {
  /** How many questions at most (default 12). */
  count?: number;
  /** Restrict to these types (default: all, mixed). */
  types?: QuestionType[];
  /** Force the language instead of detecting it. */
  lang?: Language;
}

export interface GenerateResult {
  language: Language;
  questions: GeneratedQuestion[];
  /**
   * A machine-readable reason the UI can translate: why `questions` is empty, or ("few_questions") why it holds fewer
   * than asked — the generator returns only questions it expects a teacher to keep and never pads; "none_kept": it
   * found facts, but no question it expects a teacher to keep.
   */
  notice?: "empty_text" | "no_sentences" | "nothing_to_ask" | "none_kept" | "few_questions";
}
