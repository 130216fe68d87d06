// Layer: shared with the browser (client components import it): nothing server-only in here.
// Schemas for quizzes and assignments, shared by the teacher's forms and the server. Messages are i18n keys
// (quizzes.errors.*); QUIZ_ERROR_MESSAGES holds English fallbacks for errors thrown by lib/.
import { z } from "zod";
import { isWellFormedText } from "./text";

export const QUIZ_TITLE_MAX = 120;
export const TIME_LIMIT_MIN_MAX = 300;
export const ATTEMPTS_MIN = 1;
export const ATTEMPTS_MAX = 10;
export const QUIZ_ITEMS_MAX = 100;
export const FEEDBACK_MODES = ["immediate", "after_submit", "after_due"] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];
/** Per phase, what a student sees of an answer (Moodle's review options): correct/incorrect only, or the keys too. */
export const REVIEW_SHOWS = ["verdict", "keys"] as const;
export type ReviewShow = (typeof REVIEW_SHOWS)[number];
/** The phases, in order, as the quiz's fields: after each answer, after submitting, after the due date. */
export const REVIEW_FIELDS = ["reviewDuring", "reviewAfterSubmit", "reviewAfterClose"] as const;
export type ReviewField = (typeof REVIEW_FIELDS)[number];
export { phaseShowsResults } from "./review-phases";

/** A stored value as a choice: anything but "keys" reads as "verdict" (never reveal by mistake). */
export const reviewShowOf = (v: string): ReviewShow => (v === "keys" ? "keys" : "verdict");
const reviewShow = z.enum(REVIEW_SHOWS, { error: "reviewInvalid" }).default("keys");

const id = z.string({ error: "invalidInput" }).min(1, { error: "invalidInput" }).max(64, { error: "invalidInput" });

export const QuizSettingsSchema = z.object({
  title: z
    .string({ error: "titleRequired" })
    .trim()
    .min(1, { error: "titleRequired" })
    .max(QUIZ_TITLE_MAX, { error: "titleTooLong" })
    .refine(isWellFormedText, { error: "textMalformed" }),
  /** Minutes; null: no time limit (the default). */
  timeLimitMin: z
    .number({ error: "timeLimitRange" })
    .int({ error: "timeLimitRange" })
    .min(1, { error: "timeLimitRange" })
    .max(TIME_LIMIT_MIN_MAX, { error: "timeLimitRange" })
    .nullable()
    .default(null),
  attemptsAllowed: z
    .number({ error: "attemptsRange" })
    .int({ error: "attemptsRange" })
    .min(ATTEMPTS_MIN, { error: "attemptsRange" })
    .max(ATTEMPTS_MAX, { error: "attemptsRange" })
    .default(1),
  shuffleQuestions: z.boolean({ error: "invalidInput" }).default(false),
  shuffleChoices: z.boolean({ error: "invalidInput" }).default(false),
  /** Part of a point for a partly right matching or timeline answer (lib/attempts/answer-credit.ts). */
  partialCredit: z.boolean({ error: "invalidInput" }).default(false),
  feedback: z.enum(FEEDBACK_MODES, { error: "feedbackInvalid" }).default("immediate"),
  /** Defaults "keys": today's behaviour (keys whenever no attempt can still change the score). */
  reviewDuring: reviewShow,
  reviewAfterSubmit: reviewShow,
  reviewAfterClose: reviewShow,
});
export type QuizSettingsInput = z.input<typeof QuizSettingsSchema>;
export type QuizSettings = z.output<typeof QuizSettingsSchema>;
/** A new quiz's settings but its title: the schema's defaults, what the new-quiz form starts from. */
export const DEFAULT_QUIZ_SETTINGS: Omit<QuizSettings, "title"> = QuizSettingsSchema.omit({ title: true }).parse({});

export const QuizItemsSchema = z.object({
  questionIds: z
    .array(id, { error: "invalidInput" })
    .min(1, { error: "noQuestions" })
    .max(QUIZ_ITEMS_MAX, { error: "tooManyQuestions" })
    .refine((ids) => new Set(ids).size === ids.length, { error: "duplicateQuestion" }),
});

/** A new quiz: settings, an article of the teacher, and either chosen questions or "pick N, mixed types". */
export const CreateQuizSchema = QuizSettingsSchema.extend({
  articleId: id,
  questionIds: QuizItemsSchema.shape.questionIds.optional(),
  pickCount: z
    .number({ error: "pickRange" })
    .int({ error: "pickRange" })
    .min(1, { error: "pickRange" })
    .max(QUIZ_ITEMS_MAX, { error: "pickRange" })
    .optional(),
}).refine((v) => (v.questionIds ? 1 : 0) + (v.pickCount ? 1 : 0) === 1, {
  error: "noQuestions",
  path: ["questionIds"],
});
export type CreateQuizInput = z.input<typeof CreateQuizSchema>;

/** Dates arrive as ISO strings in UTC: the form converts the teacher's datetime-local values in the browser. */
const instant = z.coerce
  .date({ error: "dateInvalid" })
  .refine((d) => !Number.isNaN(d.getTime()), { error: "dateInvalid" });

/** "Opens" left empty means now (issue 12: assigning with only a due date works). The server fills it in, so the
 * form's clock is never trusted for it. */
const optionalInstant = z.preprocess((v) => (v === "" || v == null ? undefined : v), instant.optional());

export const AssignmentInputSchema = z
  .object({
    quizId: id,
    classId: z.string({ error: "classRequired" }).min(1, { error: "classRequired" }).max(64),
    opensAt: optionalInstant,
    dueAt: instant,
  })
  .refine((v) => v.opensAt == null || v.dueAt.getTime() > v.opensAt.getTime(), {
    error: "dueBeforeOpen",
    path: ["dueAt"],
  });
export type AssignmentInput = z.input<typeof AssignmentInputSchema>;

/** New dates for an existing assignment (edit, or reopen with a later due date). */
export const AssignmentDatesSchema = z
  .object({ opensAt: optionalInstant, dueAt: instant })
  .refine((v) => v.opensAt == null || v.dueAt.getTime() > v.opensAt.getTime(), {
    error: "dueBeforeOpen",
    path: ["dueAt"],
  });

export const QUIZ_ERROR_MESSAGES = {
  invalidInput: "The request is not valid.",
  titleRequired: "Give the quiz a title.",
  textMalformed: "This text contains a broken character (half of an emoji?). Retype it.",
  titleTooLong: `The title is too long (at most ${QUIZ_TITLE_MAX} characters).`,
  timeLimitRange: `The time limit must be a whole number of minutes from 1 to ${TIME_LIMIT_MIN_MAX}, or none.`,
  attemptsRange: `Attempts allowed must be from ${ATTEMPTS_MIN} to ${ATTEMPTS_MAX}.`,
  feedbackInvalid: "Choose when feedback is shown.",
  reviewInvalid: "Choose what students see: correct/incorrect only, or the right answers too.",
  noQuestions: "Choose at least one question.",
  tooManyQuestions: `A quiz has at most ${QUIZ_ITEMS_MAX} questions.`,
  duplicateQuestion: "A question appears twice.",
  pickRange: `Pick from 1 to ${QUIZ_ITEMS_MAX} questions.`,
  questionUnavailable: "Only approved, current questions of your own articles can be used.",
  otherLanguage: "A quiz takes questions from articles in its own language only.",
  noApprovedQuestions: "This article has no approved questions yet. Approve some in the review screen first.",
  classRequired: "Choose a class.",
  dateInvalid: "Enter a valid date and time.",
  dueBeforeOpen: "The due date must be after the opening date.",
  quizEmpty: "This quiz has no questions: add some before assigning it.",
  assignmentDeleted: "This assignment was deleted; its results stay, but it cannot be changed.",
  dueInPast: "To reopen, choose a due date in the future.",
} satisfies Record<string, string>;

/** Turns a zod failure into a ValidationError-ready (code, message) pair. */
export function firstIssueCode(error: z.ZodError): string {
  const key = error.issues[0]?.message ?? "invalidInput";
  return key in QUIZ_ERROR_MESSAGES ? key : "invalidInput";
}
