"use client";
// The quiz player's state and actions (issue 14: split out of quiz-player.tsx): the current question, its answer and
// verdict, whether the attempt is done, and what "check" and "next" do. The parts only render what this returns.
import { useEffect, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { draftValue, usePlayerFocus } from "./question-form";
import type { PlayerQuestion } from "./question-input";
import { isComplete } from "./question-input";
import { flushAnswers, useQuizStore, useQuizStoreApi } from "./quiz-provider";
import { isAnswered } from "./store";

export function useQuizPlayer(questions: PlayerQuestion[]) {
  const store = useQuizStoreApi();
  const current = useQuizStore((s) => s.current);
  const answers = useQuizStore((s) => s.answers);
  const results = useQuizStore((s) => s.results);
  const pending = useQuizStore((s) => s.pending);
  const errors = useQuizStore((s) => s.errors);
  const isOffline = useQuizStore((s) => s.isOffline);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  const { choose, goTo, submit } = useQuizStore(
    useShallow((s) => ({ choose: s.choose, goTo: s.goTo, submit: s.submit })),
  );

  const total = questions.length;
  const isDoneQ = (id: string) => isAnswered({ results, pending }, id);
  const answeredCount = questions.filter((q) => isDoneQ(q.id)).length;
  // The last verdict is shown like any other; the summary comes when the student moves on (or on a later visit).
  // An answer the closed attempt refused (time up, due date) has nothing to show: the summary says why.
  const [justAnswered, setJustAnswered] = useState<string | null>(null);
  const isDone =
    finishedAt !== null && pending.length === 0 && (justAnswered === null || errors[justAnswered] !== undefined);
  const q = questions[Math.min(current, total - 1)];
  const result = q ? results[q.id] : undefined;
  const isPending = q ? pending.includes(q.id) : false;
  const hasFeedback = Boolean(result) || isPending;
  // "Saved on this device" only when it is true for more than a moment: offline, or still unsent after 2 s. An answer
  // on its normal way to the server (100–800 ms) shows nothing a screen reader would announce (issue 12).
  const isSlow = useAfter(isPending && !isOffline, 2000, q?.id);
  const isSavedLocally = isPending && (isOffline || isSlow);

  const { headingRef, nextRef, focusHeading } = usePlayerFocus(hasFeedback, q?.id);

  const value = q ? draftValue(q, answers[q.id]) : undefined;
  const canSubmit = q !== undefined && !hasFeedback && isComplete(q, value);
  const isLast = current >= total - 1;
  const nextOpen = questions.findIndex((x, i) => i > current && !isDoneQ(x.id));
  const firstOpen = questions.findIndex((x) => !isDoneQ(x.id));

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!q || !canSubmit || value === undefined) return;
    if (answers[q.id] === undefined) choose(q.id, value);
    submit(q.id);
    setJustAnswered(q.id);
    void flushAnswers(store);
  }

  function goNext() {
    setJustAnswered(null);
    const target = nextOpen !== -1 ? nextOpen : firstOpen !== -1 ? firstOpen : Math.min(current + 1, total - 1);
    goTo(target);
    focusHeading();
  }

  return {
    q,
    current,
    total,
    answers,
    results,
    pending,
    errors,
    isOffline,
    answeredCount,
    isDone,
    result,
    hasFeedback,
    isSavedLocally,
    value,
    /** The "next" button finishes: the last question, and none left open. */
    isFinishing: isLast && nextOpen === -1 && firstOpen === -1,
    headingRef,
    nextRef,
    choose,
    goTo,
    onSubmit,
    goNext,
  };
}

/** True once `isOn` has held for `ms` (reset when it turns off or `key` changes). */
function useAfter(isOn: boolean, ms: number, key: unknown): boolean {
  const [passed, setPassed] = useState<{ key: unknown } | null>(null);
  useEffect(() => {
    if (!isOn) return;
    const timer = window.setTimeout(() => setPassed({ key }), ms);
    return () => window.clearTimeout(timer);
  }, [isOn, ms, key]);
  return isOn && passed !== null && passed.key === key;
}
