"use client";
// A question's evidence: one of the article's sentences, or the text last selected in the article, previewed.
import { useTranslations } from "next-intl";
import type { TextSpan } from "@/lib/bank/article-sentences";
import { dirOf } from "@/lib/i18n/config";
import { describedBy, FieldError } from "./field-error";
import type { Errors } from "./use-question-form";

function clip(text: string, max = 90) {
  const one = text.replace(/\s+/gu, " ");
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

export function EvidenceFieldset({
  formId,
  body,
  language,
  sentences,
  selection,
  evidence,
  errors,
  onChoose,
}: {
  formId: string;
  body: string;
  language: string;
  sentences: TextSpan[];
  selection: TextSpan | null;
  evidence: TextSpan | null;
  errors: Errors;
  onChoose: (span: TextSpan | null) => void;
}) {
  const t = useTranslations("review");
  const sentenceValue = evidence
    ? sentences.find((s) => s.start === evidence.start && s.end === evidence.end)
      ? `${evidence.start}-${evidence.end}`
      : "custom"
    : "";
  return (
    <fieldset className="field">
      <legend>{t("evidenceLegend")}</legend>
      <label htmlFor={`${formId}-sentence`}>{t("evidenceSentence")}</label>
      <select
        id={`${formId}-sentence`}
        value={sentenceValue}
        onChange={(e) => {
          const [a, b] = e.target.value.split("-").map(Number);
          if (a !== undefined && b !== undefined && Number.isFinite(a) && Number.isFinite(b))
            onChoose({ start: a, end: b });
          else if (e.target.value === "") onChoose(null);
        }}
        aria-describedby={describedBy(formId, errors, "evidence")}
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
          onClick={() => selection && onChoose(selection)}
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
      <FieldError formId={formId} errors={errors} field="evidence" />
    </fieldset>
  );
}
