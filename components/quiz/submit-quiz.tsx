"use client";
// "Submit the quiz": an assignment is handed in now, even with questions left blank (after a confirmation).
import { useTranslations } from "next-intl";
import { useState } from "react";
import { flushAnswers, useQuizStoreApi } from "./quiz-provider";
import type { ServerAttempt } from "./store";
import { ErrorAlert } from "@/components/ui/error-alert";

/** Assignments: hand in now, even with blanks (after a confirmation). */
export function SubmitQuiz({ unanswered }: { unanswered: number }) {
  const t = useTranslations("quiz");
  const store = useQuizStoreApi();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    setIsBusy(true);
    setError(null);
    await flushAnswers(store);
    try {
      const res = await fetch(`/api/attempts/${store.getState().attemptId}/finish`, { method: "POST" });
      const body = (await res.json()) as ServerAttempt & { error?: { message: string } };
      if (res.ok) store.getState().reconcile(body);
      else setError(body.error?.message ?? t("errorGeneric", { message: String(res.status) }));
    } catch {
      setError(t("offline"));
    }
    setIsBusy(false);
  }
  return (
    <section className="card stack" aria-label={t("submitQuiz")}>
      {isConfirming ? (
        <>
          <p role="alert">{t("submitConfirm", { count: unanswered })}</p>
          <div className="row">
            <button type="button" className="button" onClick={submit} disabled={isBusy}>
              {t("submitYes")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
              {t("submitNo")}
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
            {t("submitQuiz")}
          </button>
        </div>
      )}
      <ErrorAlert>{error}</ErrorAlert>
    </section>
  );
}
