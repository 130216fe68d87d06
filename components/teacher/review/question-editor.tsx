"use client";
// Editing or hand-writing a question: prompt, choices with the key as a radio, true/false or typed key, and the
// evidence chosen from the article's sentences or from text selected in the article. Checked with the same schema
// as the server before it is sent.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { AnswerText } from "@/components/quiz/answer-text";
import type { BankQuestion } from "@/lib/bank/bank-question";
import type { TextSpan } from "@/lib/bank/article-sentences";
import { dirOf } from "@/lib/i18n/config";
import {
  CHOICES_MAX,
  CHOICES_MIN,
  CHOICE_MAX,
  KEY_MAX,
  MANUAL_TYPES,
  PROMPT_MAX,
  isChoiceType,
  isListType,
  parseQuestionContent,
  type ManualType,
} from "@/lib/validation/question";
import type { QuestionType } from "@/questions/types";
import { bankUrl, callApi } from "./api";

type Field = "prompt" | "choices" | "answer" | "evidence" | "type" | "form";
type Errors = Partial<Record<Field, string>>;

export interface EditorProps {
  articleId: string;
  body: string;
  language: string;
  /** false: a question set — no text, so no evidence to choose (the question has none). */
  hasText?: boolean;
  sentences: TextSpan[];
  /** Absent: a new question written by hand. */
  question?: BankQuestion;
  /** The latest text selected in the article, offered as evidence. */
  selection: TextSpan | null;
  onEvidenceChange: (span: TextSpan | null) => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}

function initialChoices(q?: BankQuestion): string[] {
  if (q && isChoiceType(q.type)) return q.choices;
  return ["", "", ""];
}

function clip(text: string, max = 90) {
  const one = text.replace(/\s+/gu, " ");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function QuestionEditor(props: EditorProps) {
  const { articleId, body, language, sentences, question, selection, onEvidenceChange, onDone, onCancel } = props;
  const hasText = props.hasText ?? true;
  const t = useTranslations("review");
  const tType = useTranslations("article.type");
  const tQuiz = useTranslations("quiz");
  const isNew = !question;
  const [type, setType] = useState<QuestionType>(question?.type ?? "mcq");
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
  const id = useId();

  const message = (code: string, fallback?: string) =>
    t.has(`errors.${code}`) ? t(`errors.${code}`) : fallback || t("errors.unknown");

  function chooseEvidence(span: TextSpan | null) {
    setEvidence(span);
    onEvidenceChange(span);
    setErrors((e) => ({ ...e, evidence: undefined }));
  }

  function setChoice(i: number, value: string) {
    setChoices((cs) => cs.map((c, j) => (j === i ? value : c)));
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

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const input = payload();
    const check = parseQuestionContent(input, {
      bodyLength: body.length,
      type: question?.type,
      manual: isNew,
      hasText,
    });
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
      const field: Field = res.code.startsWith("prompt")
        ? "prompt"
        : res.code.startsWith("evidence")
          ? "evidence"
          : res.code.startsWith("key")
            ? "answer"
            : /choice/iu.test(res.code)
              ? "choices"
              : "form";
      setErrors({ [field]: message(res.code, res.message) });
      return;
    }
    if (isNew) onDone(t("added"));
    else if ("versioned" in res.data && res.data.versioned) onDone(t("savedVersion", { n: res.data.question.version }));
    else onDone(t("saved"));
  }

  const errorId = (f: Field) => `${id}-${f}-error`;
  const errorOf = (f: Field) =>
    errors[f] ? (
      <p id={errorId(f)} className="alert alert-error" role="alert">
        {errors[f]}
      </p>
    ) : null;
  const describedBy = (f: Field) => (errors[f] ? errorId(f) : undefined);
  const sentenceValue = evidence
    ? sentences.find((s) => s.start === evidence.start && s.end === evidence.end)
      ? `${evidence.start}-${evidence.end}`
      : "custom"
    : "";

  return (
    <form
      className="stack question-editor"
      onSubmit={onSubmit}
      noValidate
      aria-busy={isSaving}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        {isNew ? t("addTitle") : t("editTitle")}
      </h3>
      {!isNew && question.responses > 0 && (
        <p className="alert alert-info">{t("versionNotice", { count: question.responses })}</p>
      )}
      {errorOf("form")}

      {isNew ? (
        <div className="field">
          <label htmlFor={`${id}-type`}>{t("typeLabel")}</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => {
              setType(e.target.value as ManualType);
              setErrors({});
            }}
            aria-describedby={describedBy("type")}
          >
            {MANUAL_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {tType(ty)}
              </option>
            ))}
          </select>
          {errorOf("type")}
        </div>
      ) : (
        <p className="hint">
          {t("typeLabel")}: <span className="badge">{tType(type)}</span>
        </p>
      )}

      <div className="field">
        <label htmlFor={`${id}-prompt`}>{t("promptLabel")}</label>
        <textarea
          id={`${id}-prompt`}
          value={prompt}
          rows={3}
          maxLength={PROMPT_MAX + 50}
          lang={language}
          dir={dirOf(language)}
          onChange={(e) => setPrompt(e.target.value)}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={describedBy("prompt")}
        />
        {errorOf("prompt")}
      </div>

      {isChoiceType(type) && (
        <fieldset className="field choice-editor" aria-describedby={describedBy("choices") ?? describedBy("answer")}>
          <legend>{t("choicesLegend")}</legend>
          <p className="hint">{t("choicesHint")}</p>
          <ol className="choice-edit-list">
            {choices.map((c, i) => (
              <li key={i} className="row">
                <input
                  type="radio"
                  name={`${id}-key`}
                  checked={keyIndex === i}
                  onChange={() => setKeyIndex(i)}
                  aria-label={t("markRight", { n: i + 1 })}
                />
                <label htmlFor={`${id}-choice-${i}`} className="visually-hidden">
                  {t("choiceLabel", { n: i + 1 })}
                </label>
                <input
                  id={`${id}-choice-${i}`}
                  type="text"
                  value={c}
                  maxLength={CHOICE_MAX + 50}
                  lang={language}
                  dir={dirOf(language)}
                  onChange={(e) => setChoice(i, e.target.value)}
                  aria-invalid={errors.choices ? true : undefined}
                />
                <button
                  type="button"
                  className="button button-ghost button-small"
                  onClick={() => removeChoice(i)}
                  disabled={choices.length <= CHOICES_MIN}
                  aria-label={t("removeChoice", { n: i + 1 })}
                >
                  ✕
                </button>
              </li>
            ))}
          </ol>
          <div className="row">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setChoices((cs) => [...cs, ""])}
              disabled={choices.length >= CHOICES_MAX}
            >
              {t("addChoice")}
            </button>
          </div>
          {errorOf("choices")}
          {errorOf("answer")}
        </fieldset>
      )}

      {type === "true_false" && (
        <fieldset className="field">
          <legend>{t("keyLegend")}</legend>
          <div className="row">
            {(["true", "false"] as const).map((v) => (
              <label key={v} className="choice">
                <input type="radio" name={`${id}-tf`} value={v} checked={tfKey === v} onChange={() => setTfKey(v)} />
                {tQuiz(v)}
              </label>
            ))}
          </div>
          {errorOf("answer")}
        </fieldset>
      )}

      {type === "short_answer" && (
        <div className="field">
          <label htmlFor={`${id}-short`}>{t("shortKeyLabel")}</label>
          <input
            id={`${id}-short`}
            type="text"
            value={shortKey}
            maxLength={KEY_MAX + 50}
            lang={language}
            dir={dirOf(language)}
            onChange={(e) => setShortKey(e.target.value)}
            aria-invalid={errors.answer ? true : undefined}
            aria-describedby={describedBy("answer")}
          />
          {errorOf("answer")}
        </div>
      )}

      {isListType(type) && question && (
        <div className="field">
          <p className="hint">{t("listTypeHint")}</p>
          <AnswerText type={type} answer={question.answer} left={question.left} />
        </div>
      )}

      {hasText && (
        <fieldset className="field">
          <legend>{t("evidenceLegend")}</legend>
          <label htmlFor={`${id}-sentence`}>{t("evidenceSentence")}</label>
          <select
            id={`${id}-sentence`}
            value={sentenceValue}
            onChange={(e) => {
              const [a, b] = e.target.value.split("-").map(Number);
              if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b))
                chooseEvidence({ start: a, end: b });
              else if (e.target.value === "") chooseEvidence(null);
            }}
            aria-describedby={describedBy("evidence")}
            lang={language}
            dir={dirOf(language)}
          >
            <option value="">{t("evidenceChoose")}</option>
            {sentenceValue === "custom" && evidence && (
              <option value="custom">{clip(body.slice(evidence.start, evidence.end))}</option>
            )}
            {sentences.map((s, i) => (
              <option key={s.start} value={`${s.start}-${s.end}`}>
                {`${i + 1}. ${clip(body.slice(s.start, s.end))}`}
              </option>
            ))}
          </select>
          <div className="row">
            <button
              type="button"
              className="button button-secondary button-small"
              disabled={!selection}
              onClick={() => selection && chooseEvidence(selection)}
            >
              {t("useSelection")}
            </button>
            <span className="hint">
              {selection
                ? t("selectionReady", { text: clip(body.slice(selection.start, selection.end), 40) })
                : t("selectionHint")}
            </span>
          </div>
          {evidence && (
            <blockquote className="quote" lang={language} dir={dirOf(language)} data-testid="evidence-preview">
              {body.slice(evidence.start, evidence.end)}
            </blockquote>
          )}
          {errorOf("evidence")}
        </fieldset>
      )}

      <div className="row">
        <button type="submit" className="button" disabled={isSaving}>
          {isSaving && <span className="spinner" aria-hidden="true" />}
          {isSaving ? t("saving") : isNew ? t("addSubmit") : t("save")}
        </button>
        <button type="button" className="button button-ghost" onClick={onCancel} disabled={isSaving}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
