"use client";
// Adding questions: pick one of the teacher's articles (a quiz may draw from several), then add its approved questions
// one by one, or replace the list with "pick N, mixed types" from that article.
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { dirOf } from "@/lib/i18n/config";
import { QUIZ_ITEMS_MAX } from "@/lib/validation/quizzes";
import type { EditorQuestion, QuizItemsState } from "./use-quiz-items";

export interface EditorArticle {
  id: string;
  title: string;
  questions: EditorQuestion[];
}

export function AddQuestionsPanel({
  state,
  language,
  articles,
  headingId,
}: {
  state: QuizItemsState;
  language: string;
  /** The teacher's articles with approved questions, the quiz's home article first. */
  articles: EditorArticle[];
  /** The heading's id: focus goes there when the last question is removed. */
  headingId: string;
}) {
  const t = useTranslations("quizzes");
  const tType = useTranslations("article.type");
  const id = useId();
  const [articleId, setArticleId] = useState(articles[0]?.id ?? "");
  const article = articles.find((a) => a.id === articleId) ?? articles[0];
  const pool = article?.questions ?? [];
  const [pickCount, setPickCount] = useState(String(Math.min(10, pool.length)));
  const { order, isPending, add, applyPick } = state;
  const dir = dirOf(language);
  const inQuiz = new Set(order);
  const addable = pool.filter((q) => !inQuiz.has(q.id));

  return (
    <>
      <h3 id={headingId} tabIndex={-1}>
        {t("builder.availableHeading")}
      </h3>
      {articles.length === 0 ? (
        <p className="muted">{t("builder.noArticles")}</p>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-article`}>{t("builder.articleLabel")}</label>
          <select
            id={`${id}-article`}
            value={article?.id}
            aria-describedby={`${id}-article-hint`}
            onChange={(e) => {
              setArticleId(e.target.value);
              const next = articles.find((a) => a.id === e.target.value);
              setPickCount(String(Math.min(10, next?.questions.length ?? 0)));
            }}
          >
            {articles.map((a) => (
              <option key={a.id} value={a.id}>
                {t("builder.articleOption", { title: a.title, count: a.questions.length })}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-article-hint`}>
            {t("builder.articleHint")}
          </p>
        </div>
      )}
      {article &&
        (addable.length === 0 ? (
          <p className="muted">{t("builder.allAdded")}</p>
        ) : (
          <ul className="quiz-items" aria-label={t("builder.questionsOf", { title: article.title })}>
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
        ))}

      <h3>{t("builder.pickHeading")}</h3>
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-pick`}>{t("builder.pickLabel")}</label>
          <input
            id={`${id}-pick`}
            type="number"
            inputMode="numeric"
            min={1}
            max={Math.min(QUIZ_ITEMS_MAX, pool.length)}
            value={pickCount}
            onChange={(e) => setPickCount(e.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => applyPick(pool, pickCount)}
          disabled={isPending || pool.length === 0}
        >
          {t("builder.pickApply")}
        </button>
      </div>
    </>
  );
}
