"use client";
// The quiz settings fields (title, time limit, attempts, shuffling, feedback, what students see per phase), shared by
// "new quiz" and the builder.
import { useTranslations } from "next-intl";
import { useId } from "react";
import {
  ATTEMPTS_MAX,
  ATTEMPTS_MIN,
  FEEDBACK_MODES,
  phaseShowsResults,
  QUIZ_TITLE_MAX,
  REVIEW_FIELDS,
  REVIEW_SHOWS,
  TIME_LIMIT_MIN_MAX,
  type FeedbackMode,
  type QuizSettingsInput,
  type ReviewShow,
} from "@/lib/validation/quizzes";

/** What the inputs hold (numbers as typed text, so an empty time limit means "none"). */
export interface SettingsDraft {
  title: string;
  timeLimitMin: string;
  attemptsAllowed: string;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  partialCredit: boolean;
  feedback: FeedbackMode;
  reviewDuring: ReviewShow;
  reviewAfterSubmit: ReviewShow;
  reviewAfterClose: ReviewShow;
}
export type SettingsField = keyof SettingsDraft;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export function settingsDraftOf(s: {
  title: string;
  timeLimitMin: number | null;
  attemptsAllowed: number;
  shuffleQuestions: boolean;
  shuffleChoices: boolean;
  partialCredit: boolean;
  feedback: FeedbackMode;
  reviewDuring: ReviewShow;
  reviewAfterSubmit: ReviewShow;
  reviewAfterClose: ReviewShow;
}): SettingsDraft {
  return {
    ...s,
    timeLimitMin: s.timeLimitMin == null ? "" : String(s.timeLimitMin),
    attemptsAllowed: String(s.attemptsAllowed),
  };
}

const toNumber = (s: string) => (s.trim() === "" ? NaN : Number(s));

export function settingsInputOf(d: SettingsDraft): QuizSettingsInput {
  return {
    title: d.title,
    timeLimitMin: d.timeLimitMin.trim() === "" ? null : toNumber(d.timeLimitMin),
    attemptsAllowed: toNumber(d.attemptsAllowed),
    shuffleQuestions: d.shuffleQuestions,
    shuffleChoices: d.shuffleChoices,
    partialCredit: d.partialCredit,
    feedback: d.feedback,
    reviewDuring: d.reviewDuring,
    reviewAfterSubmit: d.reviewAfterSubmit,
    reviewAfterClose: d.reviewAfterClose,
  };
}

/** Which field a schema error code belongs to. */
export function fieldOfCode(code: string): SettingsField | null {
  if (code.startsWith("title")) return "title";
  if (code === "timeLimitRange") return "timeLimitMin";
  if (code === "attemptsRange") return "attemptsAllowed";
  if (code === "feedbackInvalid") return "feedback";
  if (code === "reviewInvalid") return "reviewAfterClose";
  return null;
}

export function SettingsFields({
  value,
  onChange,
  errors,
  disabled,
  isLegendHidden = false,
}: {
  value: SettingsDraft;
  onChange: (next: SettingsDraft) => void;
  errors: SettingsErrors;
  disabled?: boolean;
  /** When the page already shows a "Settings" heading right above. */
  isLegendHidden?: boolean;
}) {
  const t = useTranslations("quizzes.settings");
  const id = useId();
  const set = <K extends SettingsField>(k: K, v: SettingsDraft[K]) => onChange({ ...value, [k]: v });
  const err = (k: SettingsField) =>
    errors[k] ? (
      <p id={`${id}-${k}-error`} className="alert alert-error" role="alert">
        {errors[k]}
      </p>
    ) : null;
  const described = (k: SettingsField, hint?: boolean) =>
    [hint ? `${id}-${k}-hint` : "", errors[k] ? `${id}-${k}-error` : ""].filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className="stack quiz-settings" disabled={disabled}>
      <legend className={isLegendHidden ? "visually-hidden" : undefined}>{t("legend")}</legend>
      <div className="field">
        <label htmlFor={`${id}-title`}>{t("title")}</label>
        <input
          id={`${id}-title`}
          dir="auto"
          type="text"
          value={value.title}
          maxLength={QUIZ_TITLE_MAX}
          required
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={described("title")}
          onChange={(e) => set("title", e.target.value)}
        />
        {err("title")}
      </div>
      <div className="quiz-settings-grid">
        <div className="field">
          <label htmlFor={`${id}-time`}>{t("timeLimit")}</label>
          <input
            id={`${id}-time`}
            type="number"
            inputMode="numeric"
            min={1}
            max={TIME_LIMIT_MIN_MAX}
            step={1}
            value={value.timeLimitMin}
            aria-invalid={errors.timeLimitMin ? true : undefined}
            aria-describedby={described("timeLimitMin", true)}
            onChange={(e) => set("timeLimitMin", e.target.value)}
          />
          <span id={`${id}-timeLimitMin-hint`} className="hint">
            {t("timeLimitHint")}
          </span>
          {err("timeLimitMin")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-attempts`}>{t("attempts")}</label>
          <input
            id={`${id}-attempts`}
            type="number"
            inputMode="numeric"
            min={ATTEMPTS_MIN}
            max={ATTEMPTS_MAX}
            step={1}
            required
            value={value.attemptsAllowed}
            aria-invalid={errors.attemptsAllowed ? true : undefined}
            aria-describedby={described("attemptsAllowed", true)}
            onChange={(e) => set("attemptsAllowed", e.target.value)}
          />
          <span id={`${id}-attemptsAllowed-hint`} className="hint">
            {t("attemptsHint")}
          </span>
          {err("attemptsAllowed")}
        </div>
        <div className="field">
          <label htmlFor={`${id}-feedback`}>{t("feedback")}</label>
          <select
            id={`${id}-feedback`}
            value={value.feedback}
            aria-describedby={described("feedback")}
            onChange={(e) => set("feedback", e.target.value as FeedbackMode)}
          >
            {FEEDBACK_MODES.map((m) => (
              <option key={m} value={m}>
                {t(`feedbackOptions.${m}`)}
              </option>
            ))}
          </select>
          {err("feedback")}
        </div>
      </div>
      <fieldset className="stack review-options" aria-describedby={`${id}-review-hint`}>
        <legend>{t("review.legend")}</legend>
        <p id={`${id}-review-hint`} className="hint">
          {t("review.hint")}
        </p>
        <div className="review-phases">
          {REVIEW_FIELDS.map((field, phase) => {
            // the feedback setting hides verdicts before its moment: those phases show nothing at all
            const isHidden = !phaseShowsResults(value.feedback, phase);
            return (
              <fieldset key={field} className="review-phase" disabled={isHidden} data-testid={`review-${field}`}>
                <legend>{t(`review.phases.${field}`)}</legend>
                {isHidden ? (
                  <p className="hint">{t("review.nothingYet")}</p>
                ) : (
                  REVIEW_SHOWS.map((show) => (
                    <label key={show} className="check">
                      <input
                        type="radio"
                        name={`${id}-${field}`}
                        value={show}
                        checked={value[field] === show}
                        onChange={() => set(field, show)}
                      />{" "}
                      {t(`review.shows.${show}`)}
                    </label>
                  ))
                )}
              </fieldset>
            );
          })}
        </div>
        {err("reviewAfterClose")}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={value.shuffleQuestions}
          onChange={(e) => set("shuffleQuestions", e.target.checked)}
        />{" "}
        {t("shuffleQuestions")}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={value.shuffleChoices}
          onChange={(e) => set("shuffleChoices", e.target.checked)}
        />{" "}
        {t("shuffleChoices")}
      </label>
      <div>
        <label className="check">
          <input
            type="checkbox"
            checked={value.partialCredit}
            onChange={(e) => set("partialCredit", e.target.checked)}
            aria-describedby="partial-credit-hint"
          />{" "}
          {t("partialCredit")}
        </label>
        <p className="hint" id="partial-credit-hint">
          {t("partialCreditHint")}
        </p>
      </div>
    </fieldset>
  );
}
