"use client";
// The question editor's state and its save: the fields of each type, the evidence, the errors per field (checked
// with the server's schema first, then the server's own answer mapped to a field).
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { BankQuestion } from "@/lib/bank/bank-question";
import type { TextSpan } from "@/lib/bank/article-sentences";
import { isChoiceType, isListType, parseQuestionContent } from "@/lib/validation/question";
import type { QuestionType } from "@/questions/types";
import { bankUrl, callApi } from "./api";

export type Field = "prompt" | "choices" | "answer" | "evidence" | "type" | "form";
export type Errors = Partial<Record<Field, string>>;

function initialChoices(q?: BankQuestion): string[] {
  if (q && isChoiceType(q.type)) return q.choices;
  return ["", "", ""];
}

/** The field a server error code belongs to ("form" when none). */
function fieldOf(code: string): Field {
  if (code.startsWith("prompt")) return "prompt";
  if (code.startsWith("evidence")) return "evidence";
  if (code.startsWith("key")) return "answer";
  if (/choice/iu.test(code)) return "choices";
  return "form";
}

export function useQuestionForm({
  articleId,
  bodyLength,
  hasText,
  question,
  onEvidenceChange,
  onDone,
}: {
  articleId: string;
  bodyLength: number;
  hasText: boolean;
  question?: BankQuestion;
  onEvidenceChange: (span: TextSpan | null) => void;
  onDone: (message: string) => void;
}) {
  const t = useTranslations("review");
  const isNew = !question;
  const [type, setTypeState] = useState<QuestionType>(question?.type ?? "mcq");
  const [prompt, setPrompt] = useState(question?.prompt ?? "");
  const [choices, setChoices] = useState<string[]>(initialChoices(question));
  const [keyIndex, setKeyIndex] = useState<number | null>(() => {
    if (!question || !isChoiceType(question.type)) return null;
    const i = question.choices.indexOf(String(question.answer));
    return i >= 0 ? i : null;
  });
  const [tfKey, setTfKey] = useState<string>(question?.type === "true_false" ? String(question.answer) : "");
  const [shortKey, setShortKey] = useState(question?.type === "short_answer" ? String(question.answer) : "");
  // An empty span is "no evidence" (an imported question): nothing chosen yet.
  const [evidence, setEvidence] = useState<TextSpan | null>(
    question && question.evidence.end > question.evidence.start
      ? { start: question.evidence.start, end: question.evidence.end }
      : null,
  );
  const [errors, setErrors] = useState<Errors>({});
  const [isSaving, setIsSaving] = useState(false);

  const message = (code: string, fallback?: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}`) : fallback || t("errors.unknown");

  function setType(next: QuestionType) {
    setTypeState(next);
    setErrors({});
  }

  function chooseEvidence(span: TextSpan | null) {
    setEvidence(span);
    onEvidenceChange(span);
    setErrors((e) => ({ ...e, evidence: undefined }));
  }

  function setChoice(i: number, value: string) {
    setChoices((cs) => cs.map((c, j) => (j === i ? value : c)));
  }
  function addChoice() {
    setChoices((cs) => [...cs, ""]);
  }
  function removeChoice(i: number) {
    setChoices((cs) => cs.filter((_, j) => j !== i));
    setKeyIndex((k) => (k === null || k === i ? null : k > i ? k - 1 : k));
  }

  function payload() {
    const ev = evidence ? { evidence: evidence } : {};
    if (isListType(type)) return { type, prompt, ...ev };
    if (type === "true_false") return { type, prompt, answer: tfKey, ...ev };
    if (type === "short_answer") return { type, prompt, answer: shortKey, ...ev };
    return { type, prompt, choices, answer: keyIndex === null ? "" : (choices[keyIndex] ?? "").trim(), ...ev };
  }

  async function submit() {
    const input = payload();
    const check = parseQuestionContent(input, { bodyLength, type: question?.type, manual: isNew, hasText });
    if (!check.ok) {
      setErrors({ [check.field]: message(check.error) });
      return;
    }
    setErrors({});
    setIsSaving(true);
    const res = isNew
      ? await callApi<{ question: BankQuestion }>(bankUrl(articleId, "questions"), "POST", input)
      : await callApi<{ question: BankQuestion; versioned: boolean }>(
          bankUrl(articleId, "questions", question.id),
          "PATCH",
          input,
        );
    setIsSaving(false);
    if (!res.ok) {
      setErrors({ [fieldOf(res.code)]: message(res.code, res.message) });
      return;
    }
    if (isNew) onDone(t("added"));
    else if ("versioned" in res.data && res.data.versioned) onDone(t("savedVersion", { n: res.data.question.version }));
    else onDone(t("saved"));
  }

  return {
    isNew,
    type,
    setType,
    prompt,
    setPrompt,
    choices,
    setChoice,
    addChoice,
    removeChoice,
    keyIndex,
    setKeyIndex,
    tfKey,
    setTfKey,
    shortKey,
    setShortKey,
    evidence,
    chooseEvidence,
    errors,
    isSaving,
    submit,
  };
}
