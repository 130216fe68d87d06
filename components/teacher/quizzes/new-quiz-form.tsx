"use client";
// "New quiz": settings plus either chosen approved questions (in article order) or "pick N, mixed types".
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { createQuizAction } from "@/app/teacher/quizzes/actions";
import { dirOf } from "@/lib/i18n/config";
import { CreateQuizSchema, DEFAULT_QUIZ_SETTINGS, QUIZ_ITEMS_MAX, QUIZ_TITLE_MAX } from "@/lib/validation/quizzes";
import {
  SettingsFields,
  fieldOfCode,
  settingsDraftOf,
  settingsInputOf,
  type SettingsDraft,
  type SettingsErrors,
} from "./settings-fields";
import { useErrorMessage } from "./use-error-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

export interface PickerQuestion {
  id: string;
  type: string;
  prompt: string;
}

export function NewQuizForm({
  article,
  questions,
}: {
  article: { id: string; title: string; language: string };
  questions: PickerQuestion[];
}) {
  const t = useTranslations("quizzes");
  // Question-type names: one glossary for every page (core article.type), issue 12.
  const tType = useTranslations("article.type");
  const message = useErrorMessage();
  const id = useId();
  const [draft, setDraft] = useState<SettingsDraft>(() =>
    settingsDraftOf({ ...DEFAULT_QUIZ_SETTINGS, title: article.title.slice(0, QUIZ_TITLE_MAX) }),
  );
  const [mode, setMode] = useState<"choose" | "pick">("choose");
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(questions.map((q) => q.id)));
  const [pickCount, setPickCount] = useState(String(Math.min(10, questions.length)));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [questionsError, setQuestionsError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const max = Math.min(QUIZ_ITEMS_MAX, questions.length);

  function toggle(qid: string, on: boolean) {
    const next = new Set(selected);
    if (on) next.add(qid);
    else next.delete(qid);
    setSelected(next);
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setFormError(null);
    setQuestionsError(null);
    const input = {
      ...settingsInputOf(draft),
      articleId: article.id,
      ...(mode === "pick"
        ? { pickCount: pickCount.trim() === "" ? NaN : Number(pickCount) }
        : { questionIds: questions.filter((q) => selected.has(q.id)).map((q) => q.id) }),
    };
    const parsed = CreateQuizSchema.safeParse(input);
    if (!parsed.success) {
      const next: SettingsErrors = {};
      for (const issue of parsed.error.issues) {
        const field = fieldOfCode(issue.message);
        if (field) next[field] ??= message(issue.message);
        else setQuestionsError(message(issue.message));
      }
      setErrors(next);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const res = await createQuizAction(input);
        if (res && !res.ok) {
          const field = fieldOfCode(res.code);
          if (field) setErrors({ [field]: message(res.code) });
          else setFormError(message(res.code));
        }
      } catch (err) {
        // redirect() on success surfaces as a navigation, not an error; anything else is a network failure.
        if (err instanceof Error && err.message === "NEXT_REDIRECT") throw err;
        setFormError(message("network"));
      }
    });
  }

  return (
    <form className="stack" onSubmit={onSubmit} noValidate aria-busy={isPending}>
      <div className="card">
        <SettingsFields value={draft} onChange={setDraft} errors={errors} disabled={isPending} />
      </div>
      <fieldset className="card stack" disabled={isPending}>
        <legend>{t("new.modeLegend")}</legend>
        <div className="row" role="radiogroup">
          <label className="check">
            <input
              type="radio"
              name="mode"
              value="choose"
              checked={mode === "choose"}
              onChange={() => setMode("choose")}
            />{" "}
            {t("new.modeChoose")}
          </label>
          <label className="check">
            <input type="radio" name="mode" value="pick" checked={mode === "pick"} onChange={() => setMode("pick")} />{" "}
            {t("new.modePick")}
          </label>
        </div>
        {mode === "pick" ? (
          <div className="field">
            <label htmlFor={`${id}-pick`}>{t("new.pickLabel")}</label>
            <input
              id={`${id}-pick`}
              type="number"
              inputMode="numeric"
              min={1}
              max={max}
              value={pickCount}
              aria-describedby={`${id}-pick-hint`}
              onChange={(e) => setPickCount(e.target.value)}
            />
            <span id={`${id}-pick-hint`} className="hint">
              {t("new.pickHint", { max })}
            </span>
          </div>
        ) : (
          <>
            <div className="row">
              <span className="hint" role="status">
                {t("new.selectedCount", { count: selected.size })}
              </span>
              <button
                type="button"
                className="button button-ghost button-small"
                onClick={() => setSelected(new Set(questions.map((q) => q.id)))}
              >
                {t("new.selectAll")}
              </button>
              <button type="button" className="button button-ghost button-small" onClick={() => setSelected(new Set())}>
                {t("new.selectNone")}
              </button>
            </div>
            <ol className="quiz-pick-list">
              {questions.map((q) => (
                <li key={q.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={selected.has(q.id)}
                      onChange={(e) => toggle(q.id, e.target.checked)}
                    />{" "}
                    <span className="badge">{tType(q.type)}</span>{" "}
                    <span lang={article.language} dir={dirOf(article.language)}>
                      {q.prompt}
                    </span>
                  </label>
                </li>
              ))}
            </ol>
          </>
        )}
        <ErrorAlert>{questionsError}</ErrorAlert>
      </fieldset>
      <ErrorAlert>{formError}</ErrorAlert>
      <BusyButton isBusy={isPending} label={t("new.submit")} busyLabel={t("new.submitting")} />
    </form>
  );
}
