"use client";
// The builder's question list as state: the order of question ids, move/remove/add/"pick N" (each announced in a
// status region, with focus kept on the moved item), and saving through the server action.
import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { flushSync } from "react-dom";
import { setQuizItemsAction } from "@/app/teacher/quizzes/actions";
import { pickMixed } from "@/lib/quizzes/pick-mixed";
import { QUIZ_ITEMS_MAX } from "@/lib/validation/quizzes";
import { useErrorMessage } from "./use-error-message";

export interface EditorQuestion {
  id: string;
  type: string;
  prompt: string;
  position: number;
  /** The question's own article (a quiz may draw from several). */
  articleId: string;
  isUnavailable?: boolean;
}

/** Where focus goes when the list has no item left to focus (the "add" heading). */
export type FocusFallback = () => HTMLElement | null;

export function useQuizItems({
  quizId,
  items,
  available,
  focusFallback,
}: {
  quizId: string;
  items: EditorQuestion[];
  /** Every question that can be added, from all the articles offered. */
  available: EditorQuestion[];
  focusFallback: FocusFallback;
}) {
  const t = useTranslations("quizzes");
  const message = useErrorMessage();
  const byId = new Map([...available, ...items].map((q) => [q.id, q]));
  const [order, setOrder] = useState<string[]>(() => items.map((q) => q.id));
  const [isDirty, setIsDirty] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  /** The list's buttons by `${questionId}:up|down|remove`, to keep focus on a moved or next item. */
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

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
    const qid = order[index];
    const other = order[target];
    if (qid === undefined || other === undefined) return;
    const next = [...order];
    next[index] = other;
    next[target] = qid;
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
    (focusId ? buttons.current.get(`${focusId}:remove`) : focusFallback())?.focus();
  }

  function add(qid: string) {
    change([...order, qid], t("builder.added", { n: order.length + 1 }));
  }

  /** Replaces the list with `count` questions of mixed types from `pool` (one article's questions). */
  function applyPick(pool: EditorQuestion[], count: string) {
    const n = Number(count);
    if (!Number.isInteger(n) || n < 1 || n > QUIZ_ITEMS_MAX) {
      setError(message("pickRange"));
      return;
    }
    const picked = pickMixed(pool, n);
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

  return { byId, order, isDirty, status, error, isPending, buttons, move, remove, add, applyPick, save };
}
export type QuizItemsState = ReturnType<typeof useQuizItems>;
