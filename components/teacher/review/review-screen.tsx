"use client";
// The teacher's review screen: the article beside its question bank. Pointing at, focusing or clicking a question
// highlights its evidence (as on the public article page); each question can be edited, approved or deleted, and new
// ones written by hand with evidence picked from the article. The parts: ArticlePane (the text and the selection),
// BankQuestionCard (one question), ExportPanel, QuestionEditor; the API flows are useBankActions.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import type { TextSpan } from "@/lib/bank/article-sentences";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { ImportPanel } from "../interop/import-panel";
import { ArticlePane } from "./article-pane";
import { BankQuestionCard } from "./bank-question-card";
import { ExportPanel } from "./export-panel";
import { QuestionEditor } from "./question-editor";
import { RegeneratePanel } from "./regenerate-panel";
import { useBankActions } from "./use-bank-actions";
import { ErrorAlert } from "@/components/ui/error-alert";

export interface ReviewScreenProps {
  articleId: string;
  /** "set": a question set (issue 13) — no text, so no article column, no evidence to pick, nothing to regenerate. */
  kind?: string;
  body: string;
  language: string;
  questions: BankQuestion[];
  sentences: TextSpan[];
  /** ?question=<id>: the question to focus and highlight on arrival. */
  focusId?: string;
  /** How many current drafts the article has (whatever the filter): for "approve all". */
  draftCount: number;
}

export function ReviewScreen({
  articleId,
  kind = "article",
  body,
  language,
  questions,
  sentences,
  focusId,
  draftCount,
}: ReviewScreenProps) {
  const t = useTranslations("review");
  const actions = useBankActions(articleId);
  const [active, setActive] = useState<string | null>(focusId ?? null);
  /** The question being edited, "new" while one is added, else null. */
  const [editing, setEditing] = useState<string | null>(null);
  const [draftEvidence, setDraftEvidence] = useState<TextSpan | null>(null);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const isSet = kind === "set";

  const spans = useMemo(
    () => [...questions.map((q) => q.evidence), ...(draftEvidence ? [draftEvidence] : [])],
    [questions, draftEvidence],
  );
  const activeIndex = questions.findIndex((q) => q.id === active);
  const pickedCurrent = actions.picked.filter((id) => questions.some((q) => q.id === id && !q.archivedAt));

  // Arriving from a results page with ?question=<id>: bring that question and its evidence into view once.
  useEffect(() => {
    if (!focusId) return;
    document.getElementById(`q-${focusId}`)?.scrollIntoView({ block: "center" });
    const i = questions.findIndex((q) => q.id === focusId);
    if (i >= 0) bodyRef.current?.querySelector(`[data-q~="${i}"]`)?.scrollIntoView({ block: "nearest" });
  }, [focusId]); // eslint-disable-line react-hooks/exhaustive-deps -- on arrival only, not when the list refreshes

  function reveal(id: string, index: number) {
    setActive(id);
    bodyRef.current?.querySelector(`[data-q~="${index}"]`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }

  function edit(id: string | null) {
    setDraftEvidence(null);
    setEditing(id);
  }

  const editorProps = {
    articleId,
    body,
    language,
    hasText: !isSet,
    sentences,
    selection,
    onEvidenceChange: setDraftEvidence,
    onDone: (message: string) => {
      edit(null);
      actions.refresh(message);
    },
    onCancel: () => edit(null),
  };

  return (
    <div className="stack">
      <div className="row review-toolbar">
        <button type="button" className="button" onClick={() => edit("new")} disabled={editing === "new"}>
          {t("addQuestion")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => actions.bulk("approved")}
          disabled={draftCount === 0 || actions.isBusy}
        >
          {t("approveAll", { count: draftCount })}
        </button>
        {pickedCurrent.length > 0 && (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => actions.bulk("approved", pickedCurrent)}
              disabled={actions.isBusy}
            >
              {t("approveSelected", { count: pickedCurrent.length })}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => actions.bulk("draft", pickedCurrent)}
              disabled={actions.isBusy}
            >
              {t("unapproveSelected", { count: pickedCurrent.length })}
            </button>
          </>
        )}
        {actions.isRefreshing && <span className="spinner" aria-label={t("refreshing")} />}
      </div>
      {!isSet && <RegeneratePanel articleId={articleId} onDone={actions.refresh} onError={actions.failed} />}
      <ImportPanel target={{ kind: isSet ? "set" : "article", articleId, language }} onDone={actions.refresh} />
      <ExportPanel articleId={articleId} picked={pickedCurrent} />
      {actions.confirmDialog}
      <div aria-live="polite" role="status">
        {actions.notice && <p className="alert alert-good">{actions.notice}</p>}
      </div>
      <ErrorAlert>{actions.error}</ErrorAlert>

      {/* While a question is edited or added, the two columns share the width and the bank column stops scrolling on
          its own, so the form has room and its Save button is reached in the page's scroll (issue 12). */}
      <div className={`article-layout${isSet ? " is-set" : editing !== null ? " is-editing" : ""}`}>
        {!isSet && (
          <ArticlePane
            body={body}
            language={language}
            spans={spans}
            activeIndex={activeIndex}
            draftIndex={draftEvidence ? questions.length : -1}
            bodyRef={bodyRef}
            onSelect={setSelection}
          />
        )}

        <section className={isSet ? undefined : "sticky"} aria-labelledby="bank-heading">
          <h2 id="bank-heading" style={{ marginTop: 0 }}>
            {t("bankHeading")} <span className="badge">{questions.length}</span>
          </h2>
          {editing === "new" && (
            <div className="card">
              <QuestionEditor {...editorProps} />
            </div>
          )}
          {questions.length === 0 ? (
            <p className="muted">{t("noQuestions")}</p>
          ) : (
            <>
              {!isSet && <p className="hint">{t("evidenceHint")}</p>}
              <ol className="question-list">
                {questions.map((q, i) =>
                  editing === q.id ? (
                    <li key={q.id} id={`q-${q.id}`} className="question-card is-active">
                      <QuestionEditor {...editorProps} question={q} />
                    </li>
                  ) : (
                    <BankQuestionCard
                      key={q.id}
                      q={q}
                      n={i + 1}
                      language={language}
                      isSet={isSet}
                      isActive={active === q.id}
                      isPicked={actions.picked.includes(q.id)}
                      isBusy={actions.isBusy}
                      onActivate={() => setActive(q.id)}
                      onLeave={() => setActive((cur) => (cur === q.id && cur !== focusId ? null : cur))}
                      onReveal={() => reveal(q.id, i)}
                      onPick={(on) => actions.pick(q.id, on)}
                      onEdit={() => {
                        edit(q.id);
                        setActive(q.id);
                      }}
                      onSetStatus={(status) => actions.setStatus(q, status)}
                      onRemove={() => actions.remove(q, i + 1)}
                    />
                  ),
                )}
              </ol>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
