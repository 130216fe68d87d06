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
  type QuizSettings,
  type QuizSettingsInput,
} from "@/lib/validation/quizzes";
import { ErrorAlert } from "@/components/ui/error-alert";

/** What the inputs hold (numbers as typed text, so an empty time limit means "none"). */
export type SettingsDraft = Omit<QuizSettings, "timeLimitMin" | "attemptsAllowed"> & {
  timeLimitMin: string;
  attemptsAllowed: string;
};
export type SettingsField = keyof SettingsDraft;
export type SettingsErrors = Partial<Record<SettingsField, string>>;

export function settingsDraftOf(s: QuizSettings): SettingsDraft {
  return {
    ...s,
    timeLimitMin: s.timeLimitMin == null ? "" : String(s.timeLimitMin),
    attemptsAllowed: String(s.attemptsAllowed),
  };
}

const toNumber = (s: string) => (s.trim() === "" ? NaN : Number(s));

export function settingsInputOf(d: SettingsDraft): QuizSettingsInput {
  return {
    ...d,
    timeLimitMin: d.timeLimitMin.trim() === "" ? null : toNumber(d.timeLimitMin),
    attemptsAllowed: toNumber(d.attemptsAllowed),
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
  const err = (k: SettingsField) => <ErrorAlert id={`${id}-${k}-error`}>{errors[k]}</ErrorAlert>;
  const described = (k: SettingsField, hint?: boolean) =>
    [hint ? `${id}-${k}-hint` : "", errors[k] ? `${id}-${k}-error` : ""].filter(Boolean).join(" ") || undefined;

  // A number typed as text (empty: none), with its hint and error; `idPart` keeps the ids the page had.
  const numberField = (
    k: "timeLimitMin" | "attemptsAllowed",
    idPart: string,
    f: { label: string; hint: string; min: number; max: number; required?: boolean },
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${idPart}`}>{f.label}</label>
      <input
        id={`${id}-${idPart}`}
        type="number"
        inputMode="numeric"
        min={f.min}
        max={f.max}
        step={1}
        required={f.required}
        value={value[k]}
        aria-invalid={errors[k] ? true : undefined}
        aria-describedby={described(k, true)}
        onChange={(e) => set(k, e.target.value)}
      />
      <span id={`${id}-${k}-hint`} className="hint">
        {f.hint}
      </span>
      {err(k)}
    </div>
  );
  const checkbox = (k: "shuffleQuestions" | "shuffleChoices" | "partialCredit", describedBy?: string) => (
    <label className="check">
      <input
        type="checkbox"
        checked={value[k]}
        onChange={(e) => set(k, e.target.checked)}
        aria-describedby={describedBy}
      />{" "}
      {t(k)}
    </label>
  );

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
        {numberField("timeLimitMin", "time", {
          label: t("timeLimit"),
          hint: t("timeLimitHint"),
          min: 1,
          max: TIME_LIMIT_MIN_MAX,
        })}
        {numberField("attemptsAllowed", "attempts", {
          label: t("attempts"),
          hint: t("attemptsHint"),
          min: ATTEMPTS_MIN,
          max: ATTEMPTS_MAX,
          required: true,
        })}
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
      {checkbox("shuffleQuestions")}
      {checkbox("shuffleChoices")}
      <div>
        {checkbox("partialCredit", "partial-credit-hint")}
        <p className="hint" id="partial-credit-hint">
          {t("partialCreditHint")}
        </p>
      </div>
    </fieldset>
  );
}
