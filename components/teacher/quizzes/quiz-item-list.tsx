"use client";
// The quiz's questions in order, each with Up / Down / Remove buttons (so the keyboard works) and, when the quiz draws
// from several articles, the article it comes from.
import { useTranslations } from "next-intl";
import { dirOf } from "@/lib/i18n/config";
import type { QuizItemsState } from "./use-quiz-items";

export function QuizItemList({
  state,
  language,
  articleTitles,
}: {
  state: QuizItemsState;
  language: string;
  /** Article id → title; shown on each item only when the list holds questions of more than one article. */
  articleTitles: Map<string, string>;
}) {
  const t = useTranslations("quizzes");
  const tType = useTranslations("article.type");
  const { order, byId, buttons, isPending, move, remove } = state;
  const dir = dirOf(language);
  const isMixed = new Set(order.map((qid) => byId.get(qid)?.articleId)).size > 1;

  if (order.length === 0) return <p className="muted">{t("builder.empty")}</p>;
  return (
    <ol className="quiz-items">
      {order.map((qid, i) => {
        const q = byId.get(qid);
        if (!q) return null;
        const from = isMixed ? articleTitles.get(q.articleId) : undefined;
        return (
          <li key={qid} className={`card quiz-item${q.isUnavailable ? " is-unavailable" : ""}`}>
            <div className="quiz-item-text">
              <span className="badge">{tType(q.type)}</span>{" "}
              <span lang={language} dir={dir}>
                {q.prompt}
              </span>
              {from && (
                <p className="hint" data-testid="item-source">
                  {t.rich("builder.from", {
                    title: from,
                    // a title may mix scripts (a Latin name in an Arabic title): its own direction, isolated
                    name: (chunks) => <bdi dir="auto">{chunks}</bdi>,
                  })}
                </p>
              )}
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
  );
}
