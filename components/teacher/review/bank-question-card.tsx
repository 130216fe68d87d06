"use client";
// One question of the bank on the review screen: its badges, the prompt (a button that shows its evidence), the key,
// and edit / approve / delete.
import { useTranslations } from "next-intl";
import { AnswerText } from "@/components/quiz/answer-text";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { dirOf } from "@/lib/i18n/config";
import { isChoiceType } from "@/lib/validation/question";
import { StatusBadges } from "./status-badge";
import type { QuestionStatus } from "./use-bank-actions";

export function BankQuestionCard({
  q,
  n,
  language,
  isSet,
  isActive,
  isPicked,
  isBusy,
  onActivate,
  onLeave,
  onReveal,
  onPick,
  onEdit,
  onSetStatus,
  onRemove,
}: {
  q: BankQuestion;
  /** Its number in the list, from 1. */
  n: number;
  language: string;
  isSet: boolean;
  isActive: boolean;
  isPicked: boolean;
  isBusy: boolean;
  onActivate: () => void;
  onLeave: () => void;
  onReveal: () => void;
  onPick: (on: boolean) => void;
  onEdit: () => void;
  onSetStatus: (status: QuestionStatus) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("review");
  const tType = useTranslations("article.type");
  const tQuiz = useTranslations("quiz");
  const tInterop = useTranslations("interop");
  const isArchived = q.archivedAt !== null;
  return (
    <li
      id={`q-${q.id}`}
      className={`question-card${isActive ? " is-active" : ""}`}
      onMouseEnter={onActivate}
      onMouseLeave={onLeave}
      data-testid="bank-question"
    >
      <div className="row">
        {!isArchived && (
          <input
            type="checkbox"
            className="pick-box"
            checked={isPicked}
            onChange={(e) => onPick(e.target.checked)}
            aria-label={t("pick", { n })}
          />
        )}
        <span className="badge">{tType(q.type)}</span>
        <StatusBadges question={q} />
        {q.origin === "imported" && <span className="badge">{tInterop("importedBadge")}</span>}
        {q.evidence.end <= q.evidence.start && (
          <span className="badge status-badge status-draft" data-testid="no-evidence">
            {tInterop("noEvidence")}
          </span>
        )}
        {q.responses > 0 && <span className="hint">{t("answeredCount", { count: q.responses })}</span>}
      </div>
      <button
        type="button"
        className="evidence-button"
        onFocus={onActivate}
        onClick={onReveal}
        aria-label={isSet ? undefined : `${t("showEvidence", { n })}: ${q.prompt}`}
        aria-pressed={isSet ? undefined : isActive}
        lang={language}
        dir={dirOf(language)}
      >
        <span className="bank-prompt">{q.prompt}</span>
      </button>
      {/* Choices are the article's text; "True"/"False" and the "Right answer" label are the interface's. */}
      <div className="bank-key">
        {isChoiceType(q.type) || q.type === "true_false" ? (
          <ul className="bank-choices" {...(q.type === "true_false" ? {} : { lang: language, dir: dirOf(language) })}>
            {q.choices.map((c, ci) => (
              <li key={ci} className={c === q.answer ? "is-key" : undefined}>
                {q.type === "true_false" && (c === "true" || c === "false") ? tQuiz(c) : c}
                {c === q.answer && <span className="visually-hidden">{` (${t("key")})`}</span>}
                {c === q.answer && <span aria-hidden="true"> ✓</span>}
              </li>
            ))}
          </ul>
        ) : (
          <div className="hint">
            {t("key")}: <AnswerText type={q.type} answer={q.answer} left={q.left} language={language} />
          </div>
        )}
      </div>
      {!isArchived && (
        <div className="row">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={onEdit}
            aria-label={t("editN", { n })}
          >
            {t("edit")}
          </button>
          {q.status === "approved" ? (
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => onSetStatus("draft")}
              disabled={isBusy}
              aria-label={t("unapproveN", { n })}
            >
              {t("unapprove")}
            </button>
          ) : (
            <button
              type="button"
              className="button button-small"
              onClick={() => onSetStatus("approved")}
              disabled={isBusy}
              aria-label={t("approveN", { n })}
            >
              {t("approve")}
            </button>
          )}
          <button
            type="button"
            className="button button-ghost button-small"
            onClick={onRemove}
            disabled={isBusy}
            aria-label={t("deleteN", { n })}
          >
            {t("delete")}
          </button>
        </div>
      )}
    </li>
  );
}
