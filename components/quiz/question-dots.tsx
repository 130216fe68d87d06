"use client";
// One button per question, marked right / wrong / answered, to jump to it (after the answer controls, issue 12: the
// first Tab reaches the question, not twelve "go to" buttons).
import { useTranslations } from "next-intl";
import type { PlayerQuestion } from "./question-input";
import { hasVerdict, type Result } from "./store";

export function QuestionDots({
  questions,
  current,
  results,
  pending,
  goTo,
}: {
  questions: PlayerQuestion[];
  current: number;
  results: Record<string, Result>;
  pending: string[];
  goTo: (i: number) => void;
}) {
  const t = useTranslations("quiz");
  const total = questions.length;
  return (
    <nav aria-label={t("jumpNav")}>
      <ol className="dots" aria-label={t("progress", { current: current + 1, total })}>
        {questions.map((x, i) => {
          const r = results[x.id];
          const state = hasVerdict(r)
            ? r.correct
              ? " is-right"
              : " is-wrong"
            : r || pending.includes(x.id)
              ? " is-pending"
              : "";
          return (
            <li key={x.id}>
              <button
                type="button"
                className={`${i === current ? "is-current" : ""}${state}`}
                aria-current={i === current ? "step" : undefined}
                aria-label={`${t("jumpTo", { n: i + 1 })}: ${r || pending.includes(x.id) ? t("answered") : t("unanswered")}`}
                onClick={() => goTo(i)}
              >
                {i + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
