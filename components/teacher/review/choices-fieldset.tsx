"use client";
// The choices of a choice question, the key marked with a radio; add and remove within the schema's limits.
import { useTranslations } from "next-intl";
import { dirOf } from "@/lib/i18n/config";
import { CHOICES_MAX, CHOICES_MIN, CHOICE_MAX } from "@/lib/validation/question";
import { describedBy, FieldError } from "./field-error";
import type { Errors } from "./use-question-form";

export function ChoicesFieldset({
  formId,
  language,
  choices,
  keyIndex,
  errors,
  onKey,
  onChange,
  onAdd,
  onRemove,
}: {
  formId: string;
  language: string;
  choices: string[];
  keyIndex: number | null;
  errors: Errors;
  onKey: (i: number) => void;
  onChange: (i: number, value: string) => void;
  onAdd: () => void;
  onRemove: (i: number) => void;
}) {
  const t = useTranslations("review");
  return (
    <fieldset
      className="field choice-editor"
      aria-describedby={describedBy(formId, errors, "choices") ?? describedBy(formId, errors, "answer")}
    >
      <legend>{t("choicesLegend")}</legend>
      <p className="hint">{t("choicesHint")}</p>
      <ol className="choice-edit-list">
        {choices.map((c, i) => (
          <li key={i} className="row">
            <input
              type="radio"
              name={`${formId}-key`}
              checked={keyIndex === i}
              onChange={() => onKey(i)}
              aria-label={t("markRight", { n: i + 1 })}
            />
            <label htmlFor={`${formId}-choice-${i}`} className="visually-hidden">
              {t("choiceLabel", { n: i + 1 })}
            </label>
            <input
              id={`${formId}-choice-${i}`}
              type="text"
              value={c}
              maxLength={CHOICE_MAX + 50}
              lang={language}
              dir={dirOf(language)}
              onChange={(e) => onChange(i, e.target.value)}
              aria-invalid={errors.choices ? true : undefined}
            />
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => onRemove(i)}
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
          onClick={onAdd}
          disabled={choices.length >= CHOICES_MAX}
        >
          {t("addChoice")}
        </button>
      </div>
      <FieldError formId={formId} errors={errors} field="choices" />
      <FieldError formId={formId} errors={errors} field="answer" />
    </fieldset>
  );
}
