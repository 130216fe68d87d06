// Layer: shared with the browser (client components import it): nothing server-only in here.
// The question editor's schema, shared by the review screen's form (client) and the bank (server).
// Messages are i18n keys (namespace "review.errors"); QUESTION_ERROR_MESSAGES holds the API's English fallbacks.
import { z } from "zod";
import { isWellFormedText } from "./text";
import { normalizeForMatch } from "@/questions/normalize";
import { QUESTION_TYPES, type QuestionType } from "@/questions/types";

export const PROMPT_MAX = 500;
export const CHOICE_MAX = 200;
export const CHOICES_MIN = 2;
export const CHOICES_MAX = 6;
export const KEY_MAX = 200;

/** Types whose key is one of the shown choices. */
export const CHOICE_TYPES = ["mcq", "cloze", "number", "date", "quote"] as const;
/** Types a teacher can add by hand. */
export const MANUAL_TYPES = [...CHOICE_TYPES, "true_false", "short_answer"] as const;
/** Types whose item lists come from the generator: only their prompt (and evidence) can be edited. */
export const LIST_TYPES = ["timeline", "matching"] as const;
const TRUE_FALSE_CHOICES = ["true", "false"] as const;

export type ManualType = (typeof MANUAL_TYPES)[number];

export function isChoiceType(type: string): type is (typeof CHOICE_TYPES)[number] {
  return (CHOICE_TYPES as readonly string[]).includes(type);
}
/** Types answered by picking exactly one option: the choice types and true/false (results count each option). */
export function isSingleAnswerType(type: string): boolean {
  return type === "true_false" || isChoiceType(type);
}
export function isListType(type: string): type is (typeof LIST_TYPES)[number] {
  return (LIST_TYPES as readonly string[]).includes(type);
}

const prompt = z
  .string({ error: "promptRequired" })
  .trim()
  .min(1, { error: "promptRequired" })
  .max(PROMPT_MAX, { error: "promptTooLong" })
  .refine(isWellFormedText, { error: "textMalformed" });

const choice = z
  .string({ error: "choiceRequired" })
  .trim()
  .min(1, { error: "choiceRequired" })
  .max(CHOICE_MAX, { error: "choiceTooLong" })
  .refine(isWellFormedText, { error: "textMalformed" });

function evidenceSchema(bodyLength: number) {
  return z
    .object(
      {
        start: z
          .number({ error: "evidenceInvalid" })
          .int({ error: "evidenceInvalid" })
          .min(0, { error: "evidenceInvalid" }),
        end: z.number({ error: "evidenceInvalid" }).int({ error: "evidenceInvalid" }),
      },
      { error: "evidenceRequired" },
    )
    .refine((e) => e.start < e.end, { error: "evidenceInvalid" })
    .refine((e) => e.end <= bodyLength, { error: "evidenceOutOfRange" });
}

/** The content of a question as the teacher edits it; `bodyLength` bounds the evidence offsets. */
export function questionContentSchema(bodyLength: number, { requireEvidence = false } = {}) {
  const evidence = requireEvidence ? evidenceSchema(bodyLength) : evidenceSchema(bodyLength).optional();
  const withChoices = z
    .object({
      type: z.enum(CHOICE_TYPES),
      prompt,
      choices: z
        .array(choice, { error: "tooFewChoices" })
        .min(CHOICES_MIN, { error: "tooFewChoices" })
        .max(CHOICES_MAX, { error: "tooManyChoices" }),
      answer: z
        .string({ error: "keyRequired" })
        .trim()
        .min(1, { error: "keyRequired" })
        .refine(isWellFormedText, { error: "textMalformed" }),
      evidence,
    })
    .superRefine((q, ctx) => {
      const seen = new Set<string>();
      for (const c of q.choices) {
        const k = normalizeForMatch(c) || c;
        if (seen.has(k)) {
          ctx.addIssue({ code: "custom", message: "duplicateChoices", path: ["choices"] });
          return;
        }
        seen.add(k);
      }
      if (!q.choices.includes(q.answer)) ctx.addIssue({ code: "custom", message: "keyNotInChoices", path: ["answer"] });
    });
  const trueFalse = z.object({
    type: z.literal("true_false"),
    prompt,
    choices: z
      .unknown()
      .optional()
      .transform(() => [...TRUE_FALSE_CHOICES]),
    answer: z.enum(TRUE_FALSE_CHOICES, { error: "keyNotTrueFalse" }),
    evidence,
  });
  const shortAnswer = z.object({
    type: z.literal("short_answer"),
    prompt,
    choices: z
      .array(z.string())
      .max(0, { error: "noChoicesAllowed" })
      .optional()
      .transform((): string[] => []),
    answer: z
      .string({ error: "keyRequired" })
      .trim()
      .min(1, { error: "keyRequired" })
      .max(KEY_MAX, { error: "keyTooLong" }),
    evidence,
  });
  // Timeline and matching keep their generated item lists: only the prompt (and evidence) change.
  const lists = z.object({ type: z.enum(LIST_TYPES), prompt, evidence });
  return z.discriminatedUnion("type", [withChoices, trueFalse, shortAnswer, lists], { error: "typeInvalid" });
}

export interface QuestionContent {
  type: QuestionType;
  prompt: string;
  /** Undefined for timeline/matching: their stored items are kept. */
  choices?: string[];
  answer?: string;
  evidence?: { start: number; end: number };
}

export type QuestionParseResult =
  | { ok: true; data: QuestionContent }
  | { ok: false; error: string; field: "prompt" | "choices" | "answer" | "evidence" | "type" | "form" };

/**
 * Checks a question's content. `type` overrides the input's type (an edit never changes a question's type); `manual`
 * restricts types to those a teacher can add by hand and requires evidence, unless `hasText` is false (a question set,
 * issue 13: there is no text to take evidence from).
 */
export function parseQuestionContent(
  input: unknown,
  {
    bodyLength,
    type,
    manual = false,
    hasText = true,
  }: { bodyLength: number; type?: string; manual?: boolean; hasText?: boolean },
): QuestionParseResult {
  const raw = input && typeof input === "object" ? { ...(input as Record<string, unknown>) } : {};
  if (type !== undefined) raw.type = type;
  if (manual && !(MANUAL_TYPES as readonly string[]).includes(String(raw.type))) {
    return { ok: false, error: "typeInvalid", field: "type" };
  }
  const parsed = questionContentSchema(bodyLength, { requireEvidence: manual && hasText }).safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.message && QUESTION_ERROR_MESSAGES[issue.message] ? issue.message : "invalidInput";
    const head = issue?.path[0];
    const field =
      head === "prompt" || head === "choices" || head === "answer" || head === "evidence" || head === "type"
        ? head
        : "form";
    return { ok: false, error: key, field };
  }
  const d = parsed.data;
  if (!("answer" in d)) {
    return { ok: true, data: { type: d.type, prompt: d.prompt, ...(d.evidence ? { evidence: d.evidence } : {}) } };
  }
  return {
    ok: true,
    data: {
      type: d.type,
      prompt: d.prompt,
      choices: d.choices,
      answer: d.answer,
      ...(d.evidence ? { evidence: d.evidence } : {}),
    },
  };
}

const QUESTION_STATUSES = ["draft", "approved"] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];
/** What the review screen can list: a status, or the archived versions (kept only for past results). */
const STATUS_FILTERS = [...QUESTION_STATUSES, "archived"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** The review screen's filters (?type=&status=), for its page and its route alike: anything unknown is no filter. */
export const BankFilterSchema = z.object({
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
});

export const StatusInputSchema = z.object({
  status: z.enum(QUESTION_STATUSES, { error: "The status must be draft or approved." }),
});
export const BulkStatusInputSchema = z.object({
  status: z.enum(QUESTION_STATUSES, { error: "The status must be draft or approved." }),
  /** Omitted: every current question of the article. */
  questionIds: z.array(z.string().min(1).max(64)).max(500).optional(),
});
export const REGENERATE_COUNT_MAX = 30;
export const RegenerateInputSchema = z.object({
  count: z.number().int().min(1).max(REGENERATE_COUNT_MAX).optional(),
  types: z.array(z.enum(QUESTION_TYPES)).max(QUESTION_TYPES.length).optional(),
});

/** English fallbacks for the API (the form shows translated messages for the same keys). */
export const QUESTION_ERROR_MESSAGES: Record<string, string> = {
  promptRequired: "Write the question.",
  textMalformed: "This text contains a broken character (half of an emoji?). Retype it.",
  promptTooLong: `The question is too long (at most ${PROMPT_MAX} characters).`,
  choiceRequired: "A choice is empty: fill it in or remove it.",
  choiceTooLong: `A choice is too long (at most ${CHOICE_MAX} characters).`,
  tooFewChoices: `Give at least ${CHOICES_MIN} choices.`,
  tooManyChoices: `Give at most ${CHOICES_MAX} choices.`,
  duplicateChoices: "Two choices are the same: make each choice different.",
  keyRequired: "Give the right answer.",
  keyTooLong: `The answer is too long (at most ${KEY_MAX} characters).`,
  keyNotInChoices: "Mark one of the choices as the right answer.",
  keyNotTrueFalse: "Choose whether the statement is true or false.",
  noChoicesAllowed: "A short-answer question has no choices.",
  evidenceRequired: "Choose the sentence of the article that proves the answer.",
  evidenceInvalid: "The evidence must be a non-empty part of the article.",
  evidenceOutOfRange: "The evidence lies outside the article's text.",
  typeInvalid: "Choose a question type.",
  statusInvalid: "The status must be draft or approved.",
  invalidInput: "Send the question's prompt, choices and answer.",
};
