"use client";
// The builder's question list: move up/down (buttons, so the keyboard works), remove, add approved questions, or
// replace with "pick N, mixed types" (the same pure helper the server uses); then save through a server action.
import { useTranslations } from "next-intl";
import { useId, useRef, useState, useTransition } from "react";
import { flushSync } from "react-dom";
import { setQuizItemsAction } from "@/app/teacher/quizzes/actions";
import { dirOf } from "@/lib/i18n/config";
import { pickMixed } from "@/lib/quizzes/pick-mixed";
import { QUIZ_ITEMS_MAX } from "@/lib/validation/quizzes";
import { useErrorMessage } from "./use-error-message";

export interface EditorQuestion {
  id: string;
  type: string;
  prompt: string;
  position: number;
  isUnavailable?: boolean;
}

export function QuizItemsEditor({
  quizId,
  language,
  items,
  available,
}: {
  quizId: string;
  language: string;
  items: EditorQuestion[];
  available: EditorQuestion[];
}) {
  const t = useTranslations("quizzes");
  // Question-type names: one glossary for every page (core article.type), issue 12.
  const tType = useTranslations("article.type");
  const message = useErrorMessage();
  const id = useId();
  const byId = new Map([...available, ...items].map((q) => [q.id, q]));
  const [order, setOrder] = useState<string[]>(() => items.map((q) => q.id));
  const [isDirty, setIsDirty] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pickCount, setPickCount] = useState(String(Math.min(10, available.length)));
  const [isPending, startTransition] = useTransition();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const dir = dirOf(language);

  const inQuiz = new Set(order);
  const addable = available.filter((q) => !inQuiz.has(q.id));

  function change(next: string[], announce: string) {
    flushSync(() => {
      setOrder(next);
      setIsDirty(true);
      setStatus(announce);
      setError(null);
    });
  }

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    const qid = order[index]!;
    change(next, t("builder.moved", { n: target + 1 }));
    // Keep focus on the moved question: on its same button, or the other one at the top/bottom edge.
    const atEdge = target === 0 || target === next.length - 1;
    const key = atEdge ? `${qid}:${delta === -1 ? "down" : "up"}` : `${qid}:${delta === -1 ? "up" : "down"}`;
    buttons.current.get(key)?.focus();
  }

  function remove(index: number) {
    const next = order.filter((_, i) => i !== index);
    change(next, t("builder.removed"));
    const focusId = next[Math.min(index, next.length - 1)];
    (focusId ? buttons.current.get(`${focusId}:remove`) : document.getElementById(`${id}-available`))?.focus();
  }

  function add(qid: string) {
    change([...order, qid], t("builder.added", { n: order.length + 1 }));
  }

  function applyPick() {
    const n = Number(pickCount);
    if (!Number.isInteger(n) || n < 1 || n > QUIZ_ITEMS_MAX) {
      setError(message("pickRange"));
      return;
    }
    const picked = pickMixed(available, n);
    change(picked, t("builder.picked", { count: picked.length }));
  }

  function save() {
    const ids = order.filter((qid) => !byId.get(qid)?.isUnavailable);
    if (ids.length === 0) {
      setError(message("noQuestions"));
      return;
    }
    startTransition(async () => {
      try {
        const res = await setQuizItemsAction(quizId, ids);
        if (res.ok) {
          setOrder(ids);
          setIsDirty(false);
          setStatus(t("builder.savedItems"));
        } else setError(message(res.code));
      } catch {
        setError(message("network"));
      }
    });
  }

  return (
    <div className="stack">
      <p className="hint">{t("builder.itemsCount", { count: order.length })}</p>
      {order.length === 0 ? (
        <p className="muted">{t("builder.empty")}</p>
      ) : (
        <ol className="quiz-items">
          {order.map((qid, i) => {
            const q = byId.get(qid);
            if (!q) return null;
            return (
              <li key={qid} className={`card quiz-item${q.isUnavailable ? " is-unavailable" : ""}`}>
                <div className="quiz-item-text">
                  <span className="badge">{tType(q.type)}</span>{" "}
                  <span lang={language} dir={dir}>
                    {q.prompt}
                  </span>
                  {q.isUnavailable && <p className="hint">{t("builder.unavailable")}</p>}
                </div>
                <div className="row quiz-item-actions">
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    ref={(el) => void buttons.current.set(`${qid}:up`, el)}
                    aria-label={t("builder.moveUpLabel", { n: i + 1 })}
                    disabled={i === 0 || isPending}
                    onClick={() => move(i, -1)}
                  >
                    <span aria-hidden="true">↑</span> {t("builder.moveUp")}
                  </button>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    ref={(el) => void buttons.current.set(`${qid}:down`, el)}
                    aria-label={t("builder.moveDownLabel", { n: i + 1 })}
                    disabled={i === order.length - 1 || isPending}
                    onClick={() => move(i, 1)}
                  >
                    <span aria-hidden="true">↓</span> {t("builder.moveDown")}
                  </button>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    ref={(el) => void buttons.current.set(`${qid}:remove`, el)}
                    aria-label={t("builder.removeLabel", { n: i + 1 })}
                    disabled={isPending}
                    onClick={() => remove(i)}
                  >
                    {t("builder.remove")}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="row">
        <button type="button" className="button" onClick={save} disabled={isPending || !isDirty} aria-busy={isPending}>
          {isPending && <span className="spinner" aria-hidden="true" />}
          {isPending ? t("builder.savingItems") : t("builder.saveItems")}
        </button>
        {isDirty && <span className="hint">{t("builder.unsaved")}</span>}
      </div>
      <p role="status" className="hint" aria-live="polite">
        {status}
      </p>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}

      <h3 id={`${id}-available`} tabIndex={-1}>
        {t("builder.availableHeading")}
      </h3>
      {addable.length === 0 ? (
        <p className="muted">{t("builder.allAdded")}</p>
      ) : (
        <ul className="quiz-items">
          {addable.map((q) => (
            <li key={q.id} className="card quiz-item">
              <div className="quiz-item-text">
                <span className="badge">{tType(q.type)}</span>{" "}
                <span lang={language} dir={dir}>
                  {q.prompt}
                </span>
              </div>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t("builder.addLabel", { prompt: q.prompt })}
                disabled={isPending}
                onClick={() => add(q.id)}
              >
                {t("builder.add")}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{t("builder.pickHeading")}</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-pick`}>{t("builder.pickLabel")}</label>
          <input
            id={`${id}-pick`}
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.min(QUIZ_ITEMS_MAX, available.length)}
            value={pickCount}
            onChange={(e) => setPickCount(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={applyPick}
          disabled={isPending || available.length === 0}
        >
          {t("builder.pickApply")}
        </button>
      </div>
    </div>
  );
}
