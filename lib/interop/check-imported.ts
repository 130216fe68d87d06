// An imported question is held to the same rules as one written in the review screen (lib/validation/question.ts),
// plus the list rules of timeline and matching questions, which only the generator otherwise makes.
import "server-only";
import { CHOICE_MAX, CHOICES_MAX, CHOICES_MIN, parseQuestionContent } from "@/lib/validation/question";
import { isWellFormedText } from "@/lib/validation/text";
import type { InteropQuestion } from "./types";

export type CheckResult = { ok: true; question: InteropQuestion } | { ok: false; code: string };

function checkItems(items: string[]): string | null {
  if (items.length < CHOICES_MIN) return "tooFewChoices";
  if (items.length > CHOICES_MAX) return "tooManyChoices";
  if (items.some((c) => c.trim().length === 0)) return "choiceRequired";
  if (items.some((c) => c.length > CHOICE_MAX)) return "choiceTooLong";
  if (items.some((c) => !isWellFormedText(c))) return "textMalformed";
  if (new Set(items).size !== items.length) return "duplicateChoices";
  return null;
}
const sameItems = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join("\u0000") === [...b].sort().join("\u0000");

/** Checks an imported question's content (the evidence is anchored separately). */
export function checkImportedQuestion(q: InteropQuestion): CheckResult {
  if (q.type === "timeline" || q.type === "matching") {
    const head = parseQuestionContent({ type: q.type, prompt: q.prompt }, { bodyLength: 0 });
    if (!head.ok) return { ok: false, code: head.error };
    const answer = Array.isArray(q.answer) ? q.answer : [];
    const itemsError = checkItems(answer) ?? (q.type === "matching" ? checkItems(q.left ?? []) : null);
    if (itemsError) return { ok: false, code: itemsError };
    if (!sameItems(q.choices, answer)) return { ok: false, code: "keyNotInChoices" };
    if (q.type === "matching" && (q.left ?? []).length !== answer.length) return { ok: false, code: "keyNotInChoices" };
    return { ok: true, question: { ...q, prompt: head.data.prompt } };
  }
  const result = parseQuestionContent(
    {
      type: q.type,
      prompt: q.prompt,
      choices: q.choices,
      answer: Array.isArray(q.answer) ? q.answer.join(" ") : q.answer,
    },
    { bodyLength: 0 },
  );
  if (!result.ok) return { ok: false, code: result.error };
  const d = result.data;
  return { ok: true, question: { ...q, prompt: d.prompt, choices: d.choices ?? [], answer: d.answer ?? "" } };
}
