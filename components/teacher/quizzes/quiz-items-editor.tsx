"use client";
// The builder's questions: the ordered list (quiz-item-list.tsx), save, and adding from any of the teacher's articles
// (add-questions-panel.tsx). State and actions live in use-quiz-items.ts.
import { useTranslations } from "next-intl";
import { useId } from "react";
import { AddQuestionsPanel, type EditorArticle } from "./add-questions-panel";
import { QuizItemList } from "./quiz-item-list";
import { useQuizItems, type EditorQuestion } from "./use-quiz-items";
import { ErrorAlert } from "@/components/ui/error-alert";
import { BusyButton } from "@/components/ui/busy-button";

export type { EditorArticle } from "./add-questions-panel";
export type { EditorQuestion } from "./use-quiz-items";

export function QuizItemsEditor({
  quizId,
  language,
  items,
  articles,
  itemArticleTitles,
}: {
  quizId: string;
  language: string;
  items: EditorQuestion[];
  /** The teacher's articles (in the quiz's language) with their approved questions: what can be added. */
  articles: EditorArticle[];
  /** Titles of the articles the current items come from (an item's article may no longer offer questions). */
  itemArticleTitles: Record<string, string>;
}) {
  const t = useTranslations("quizzes");
  const id = useId();
  const headingId = `${id}-available`;
  const state = useQuizItems({
    quizId,
    items,
    available: articles.flatMap((a) => a.questions),
    focusFallback: () => document.getElementById(headingId),
  });
  const titles = new Map([...Object.entries(itemArticleTitles), ...articles.map((a) => [a.id, a.title] as const)]);
  const { order, isDirty, isPending, status, error, save } = state;

  return (
    <div className="stack">
      <p className="hint">{t("builder.itemsCount", { count: order.length })}</p>
      <QuizItemList state={state} language={language} articleTitles={titles} />
      <div className="row">
        <BusyButton
          isBusy={isPending}
          label={t("builder.saveItems")}
          busyLabel={t("builder.savingItems")}
          type="button"
          onClick={save}
          disabled={isPending || !isDirty}
          aria-busy={isPending}
        />
        {isDirty && <span className="hint">{t("builder.unsaved")}</span>}
      </div>
      <p role="status" className="hint" aria-live="polite">
        {status}
      </p>
      <ErrorAlert>{error}</ErrorAlert>
      <AddQuestionsPanel state={state} language={language} articles={articles} headingId={headingId} />
    </div>
  );
}
