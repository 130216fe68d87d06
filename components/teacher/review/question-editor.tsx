"use client";
// Editing or hand-writing a question: prompt, choices with the key as a radio, true/false or typed key, and the
// evidence chosen from the article's sentences or from text selected in the article. Checked with the same schema
// as the server before it is sent (useQuestionForm); the choices and the evidence are fieldsets of their own.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { AnswerText } from "@/components/quiz/answer-text";
import type { BankQuestion } from "@/lib/bank/bank-question";
import type { TextSpan } from "@/lib/bank/article-sentences";
import { dirOf } from "@/lib/i18n/config";
import {
  KEY_MAX,
  MANUAL_TYPES,
  PROMPT_MAX,
  isChoiceType,
  isListType,
  type ManualType,
} from "@/lib/validation/question";
import { ChoicesFieldset } from "./choices-fieldset";
import { EvidenceFieldset } from "./evidence-fieldset";
import { describedBy, FieldError } from "./field-error";
import { useQuestionForm } from "./use-question-form";
import { BusyButton } from "@/components/ui/busy-button";

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

export function QuestionEditor(props: EditorProps) {
  const { articleId, body, language, sentences, question, selection, onEvidenceChange, onDone, onCancel } = props;
  const hasText = props.hasText ?? true;
  const t = useTranslations("review");
  const tType = useTranslations("article.type");
  const tQuiz = useTranslations("quiz");
  const id = useId();
  const form = useQuestionForm({ articleId, bodyLength: body.length, hasText, question, onEvidenceChange, onDone });
  const { type, errors, isSaving, isNew } = form;

  return (
    <form
      className="stack question-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit();
      }}
      noValidate
      aria-busy={isSaving}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} style={{ margin: 0 }}>
        {isNew ? t("addTitle") : t("editTitle")}
      </h3>
      {question && question.responses > 0 && (
        <p className="alert alert-info">{t("versionNotice", { count: question.responses })}</p>
      )}
      <FieldError formId={id} errors={errors} field="form" />

      {isNew ? (
        <div className="field">
          <label htmlFor={`${id}-type`}>{t("typeLabel")}</label>
          <select
            id={`${id}-type`}
            value={type}
            onChange={(e) => form.setType(e.target.value as ManualType)}
            aria-describedby={describedBy(id, errors, "type")}
          >
            {MANUAL_TYPES.map((ty) => (
              <option key={ty} value={ty}>
                {tType(ty)}
              </option>
            ))}
          </select>
          <FieldError formId={id} errors={errors} field="type" />
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
          value={form.prompt}
          rows={3}
          maxLength={PROMPT_MAX + 50}
          lang={language}
          dir={dirOf(language)}
          onChange={(e) => form.setPrompt(e.target.value)}
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby={describedBy(id, errors, "prompt")}
        />
        <FieldError formId={id} errors={errors} field="prompt" />
      </div>

      {isChoiceType(type) && (
        <ChoicesFieldset
          formId={id}
          language={language}
          choices={form.choices}
          keyIndex={form.keyIndex}
          errors={errors}
          onKey={form.setKeyIndex}
          onChange={form.setChoice}
          onAdd={form.addChoice}
          onRemove={form.removeChoice}
        />
      )}

      {type === "true_false" && (
        <fieldset className="field">
          <legend>{t("keyLegend")}</legend>
          <div className="row">
            {(["true", "false"] as const).map((v) => (
              <label key={v} className="choice">
                <input
                  type="radio"
                  name={`${id}-tf`}
                  value={v}
                  checked={form.tfKey === v}
                  onChange={() => form.setTfKey(v)}
                />
                {tQuiz(v)}
              </label>
            ))}
          </div>
          <FieldError formId={id} errors={errors} field="answer" />
        </fieldset>
      )}

      {type === "short_answer" && (
        <div className="field">
          <label htmlFor={`${id}-short`}>{t("shortKeyLabel")}</label>
          <input
            id={`${id}-short`}
            type="text"
            value={form.shortKey}
            maxLength={KEY_MAX + 50}
            lang={language}
            dir={dirOf(language)}
            onChange={(e) => form.setShortKey(e.target.value)}
            aria-invalid={errors.answer ? true : undefined}
            aria-describedby={describedBy(id, errors, "answer")}
          />
          <FieldError formId={id} errors={errors} field="answer" />
        </div>
      )}

      {isListType(type) && question && (
        <div className="field">
          <p className="hint">{t("listTypeHint")}</p>
          <AnswerText type={type} answer={question.answer} left={question.left} />
        </div>
      )}

      {hasText && (
        <EvidenceFieldset
          formId={id}
          body={body}
          language={language}
          sentences={sentences}
          selection={selection}
          evidence={form.evidence}
          errors={errors}
          onChoose={form.chooseEvidence}
        />
      )}

      <div className="row">
        <BusyButton isBusy={isSaving} label={isNew ? t("addSubmit") : t("save")} busyLabel={t("saving")} />
        <button type="button" className="button button-ghost" onClick={onCancel} disabled={isSaving}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
