"use client";
// The time left on a timed quiz, with "more time" on request (WCAG 2.2.1: warned at least 20 s before the end,
// extendable then with one action, at least ten times). The server keeps the deadline and accepts an extension only
// in the same warning period (issue 8); this only shows it.
import { useTranslations } from "next-intl";
import { useEffect, useState, useSyncExternalStore } from "react";
import { refreshFromServer, useQuizStore, useQuizStoreApi } from "./quiz-provider";

/** Before the server states its warning period (it always does for a timed quiz). */
const DEFAULT_WARN_MS = 60_000;
const GRACE_MS = 6_000;
/** A device clock this far from the server's is wrong (a school laptop minutes off), not network delay. */
const SKEW_MS = 5_000;

/** How far the device's clock is behind the server's, when it is clearly off; 0 when it is about right. */
function clockOffset(serverNow: string | undefined): number {
  const offset = serverNow ? Date.parse(serverNow) - Date.now() : 0;
  return Number.isFinite(offset) && Math.abs(offset) > SKEW_MS ? offset : 0;
}

const subscribeNever = () => () => {};

function format(ms: number) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, "0")}`;
}

export function QuizTimer() {
  const t = useTranslations("quiz");
  const store = useQuizStoreApi();
  const deadlineAt = useQuizStore((s) => s.rules.deadlineAt);
  const canExtend = useQuizStore((s) => s.rules.canExtend);
  const warnMs = useQuizStore((s) => s.rules.warningMs) ?? DEFAULT_WARN_MS;
  const extensionMs = useQuizStore((s) => s.rules.extensionMs);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  // Measured once, when the player opens: a device clock that is off stays off by the same amount. The server takes
  // "more time" only in the warning period by its own clock, so the button must show by that clock too.
  const serverNow = useQuizStore((s) => s.rules.serverNow);
  const [offset] = useState(() => clockOffset(serverNow));
  const [now, setNow] = useState(() => Date.now() + offset);
  // Nothing on the server and while hydrating: the page renders the player on the server too (issue 9), and the time
  // left read there would not match the browser's first render.
  const isClient = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => {
    if (!deadlineAt || finishedAt) return;
    const timer = window.setInterval(() => setNow(Date.now() + offset), 1000);
    return () => window.clearInterval(timer);
  }, [deadlineAt, finishedAt, offset]);

  const left = deadlineAt ? Date.parse(deadlineAt) - now : Infinity;
  const isOver = left <= 0;
  // Once the deadline (and its grace) has passed, ask the server, which closes the attempt.
  useEffect(() => {
    if (!deadlineAt || finishedAt || left > -GRACE_MS) return;
    void refreshFromServer(store);
  }, [deadlineAt, finishedAt, left, store]);

  if (!deadlineAt || finishedAt || !isClient) return null;

  async function extend() {
    setIsBusy(true);
    setError(null);
    try {
      const res = await fetch(`/api/attempts/${store.getState().attemptId}/extend`, { method: "POST" });
      const body = (await res.json()) as { deadlineAt?: string; canExtend?: boolean; error?: { code?: string } };
      if (res.ok && body.deadlineAt) store.getState().setDeadline(body.deadlineAt, Boolean(body.canExtend));
      else setError(refusal(body.error?.code));
    } catch {
      setError(t("extendFailed"));
    }
    setIsBusy(false);
  }

  function refusal(code: string | undefined) {
    if (code === "not_in_warning_period") return t("extendTooEarly", { seconds: Math.round(warnMs / 1000) });
    if (code === "no_more_extensions") return t("extendNoMore");
    if (code === "due_date_reached") return t("extendDue");
    return t("extendFailed");
  }

  const isWarning = left <= warnMs;
  const seconds = Math.round(warnMs / 1000);
  return (
    <div className={`row alert ${isWarning ? "alert-error" : "alert-info"}`} data-testid="timer">
      <span role="timer" aria-live="off">
        {isOver ? t("timeUp") : t("timeLeft", { time: format(left) })}
      </span>
      {isWarning && !isOver && (
        <span role="alert" className="visually-hidden">
          {canExtend ? t("timeWarning", { seconds }) : t("timeWarningFinal", { seconds })}
        </span>
      )}
      <span className="spacer" />
      {canExtend && isWarning && !isOver && (
        <button type="button" className="button button-secondary button-small" onClick={extend} disabled={isBusy}>
          {t("moreTime", { time: format(extensionMs ?? 0) })}
        </button>
      )}
      {error && <span role="alert">{error}</span>}
    </div>
  );
}
