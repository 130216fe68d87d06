"use client";
// The time left on a timed quiz, with "more time" on request (WCAG 2.2.1: warned before the end, extendable with one
// action, at least ten times). The server keeps the deadline; this only shows it.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { refreshFromServer, useQuizStore, useQuizStoreApi } from "./quiz-provider";

const WARN_MS = 60_000;
const GRACE_MS = 6_000;

function format(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export function QuizTimer() {
  const t = useTranslations("quiz");
  const store = useQuizStoreApi();
  const deadlineAt = useQuizStore((s) => s.rules.deadlineAt);
  const canExtend = useQuizStore((s) => s.rules.canExtend);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    if (!deadlineAt || finishedAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [deadlineAt, finishedAt]);

  const left = deadlineAt ? Date.parse(deadlineAt) - now : Infinity;
  const isOver = left <= 0;
  // Once the deadline (and its grace) has passed, ask the server, which closes the attempt.
  useEffect(() => {
    if (!deadlineAt || finishedAt || left > -GRACE_MS) return;
    void refreshFromServer(store);
  }, [deadlineAt, finishedAt, left, store]);

  if (!deadlineAt || finishedAt) return null;

  async function extend() {
    setIsBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/attempts/${store.getState().attemptId}/extend`, { method: "POST" });
      const body = (await res.json()) as { deadlineAt?: string; canExtend?: boolean; error?: { message: string } };
      if (res.ok && body.deadlineAt) store.getState().setDeadline(body.deadlineAt, Boolean(body.canExtend));
      else setError(body.error?.message ?? t("extendFailed"));
    } catch {
      setError(t("extendFailed"));
    }
    setIsBusy(false);
  }

  const isWarning = left <= WARN_MS;
  return (
    <div className={`row alert ${isWarning ? "alert-error" : "alert-info"}`} data-testid="timer">
      <span role="timer" aria-live="off">
        {isOver ? t("timeUp") : t("timeLeft", { time: format(left) })}
      </span>
      {isWarning && !isOver && (
        <span role="alert" className="visually-hidden">
          {t("timeWarning")}
        </span>
      )}
      <span className="spacer" />
      {canExtend && !isOver && (
        <button type="button" className="button button-secondary button-small" onClick={extend} disabled={isBusy}>
          {t("moreTime")}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
