"use client";
// The builder's settings form: validates with the shared schema, then saves through a server action.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { updateQuizSettingsAction } from "@/app/teacher/quizzes/actions";
import { QuizSettingsSchema } from "@/lib/validation/quizzes";
import type { FeedbackMode, ReviewShow } from "@/lib/validation/quizzes";
import { SettingsFields, fieldOfCode, settingsDraftOf, settingsInputOf, type SettingsErrors } from "./settings-fields";
import { useErrorMessage } from "./use-error-message";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

export interface QuizSettingsValues {
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
}

export function QuizSettingsForm({ quizId, initial }: { quizId: string; initial: QuizSettingsValues }) {
  const t = useTranslations("quizzes.settings");
  const message = useErrorMessage();
  const [draft, setDraft] = useState(() => settingsDraftOf(initial));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setStatus(null);
    setFormError(null);
    const input = settingsInputOf(draft);
    const parsed = QuizSettingsSchema.safeParse(input);
    if (!parsed.success) {
      const next: SettingsErrors = {};
      for (const issue of parsed.error.issues) {
        const field = fieldOfCode(issue.message);
        if (field) next[field] ??= message(issue.message);
        else setFormError(message(issue.message));
      }
      setErrors(next);
      return;
    }
    setErrors({});
    startTransition(async () => {
      try {
        const res = await updateQuizSettingsAction(quizId, input);
        if (res.ok) setStatus(t("saved"));
        else {
          const field = fieldOfCode(res.code);
          if (field) setErrors({ [field]: message(res.code) });
          else setFormError(message(res.code));
        }
      } catch {
        setFormError(message("network"));
      }
    });
  }

  return (
    <form className="card stack" onSubmit={onSubmit} noValidate aria-busy={isPending}>
      <SettingsFields value={draft} onChange={setDraft} errors={errors} disabled={isPending} isLegendHidden />
      <ErrorAlert>{formError}</ErrorAlert>
      <div className="row">
        <BusyButton isBusy={isPending} label={t("save")} busyLabel={t("saving")} />
        <span role="status" className="hint">
          {status}
        </span>
      </div>
    </form>
  );
}
