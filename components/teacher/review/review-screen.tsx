"use client";
// The teacher's review screen: the article beside its question bank. Pointing at, focusing or clicking a question
// highlights its evidence (as on the public article page); each question can be edited, approved or deleted, and new
// ones written by hand with evidence picked from the article.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { segmentByEvidence } from "@/components/article/article-view";
import { AnswerText } from "@/components/quiz/answer-text";
import type { TextSpan } from "@/lib/bank/article-sentences";
import type { BankQuestion } from "@/lib/bank/bank-question";
import { dirOf } from "@/lib/i18n/config";
import { isChoiceType } from "@/lib/validation/question";
import { useConfirm } from "@/components/ui/confirm-dialog";
import { bankUrl, callApi } from "./api";
import { QuestionEditor } from "./question-editor";
import { RegeneratePanel } from "./regenerate-panel";
import { ImportPanel } from "../interop/import-panel";
import { EXPORT_FORMATS } from "@/lib/interop/types";
import { StatusBadges } from "./status-badge";

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

/** Maps a DOM selection point inside the article body to a UTF-16 offset into the body text. */
function offsetOf(root: HTMLElement, node: Node, offset: number, bodyLength: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = node.parentElement?.dataset.start;
    return start === undefined ? null : Number(start) + offset;
  }
  if (!(node instanceof HTMLElement)) return null;
  if (node === root) {
    const child = root.childNodes[offset];
    return child instanceof HTMLElement && child.dataset.start !== undefined ? Number(child.dataset.start) : bodyLength;
  }
  if (node.dataset.start === undefined) return null;
  return Number(node.dataset.start) + (offset === 0 ? 0 : (node.textContent ?? "").length);
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
  const tType = useTranslations("article.type");
  const tQuiz = useTranslations("quiz");
  const tInterop = useTranslations("interop");
  const router = useRouter();
  const [isRefreshing, startTransition] = useTransition();
  const [active, setActive] = useState<string | null>(focusId ?? null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [confirm, confirmDialog] = useConfirm();
  const [draftEvidence, setDraftEvidence] = useState<TextSpan | null>(null);
  const [selection, setSelection] = useState<TextSpan | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const isSet = kind === "set";

  const spans = useMemo(
    () => [...questions.map((q) => q.evidence), ...(draftEvidence ? [draftEvidence] : [])],
    [questions, draftEvidence],
  );
  const segments = useMemo(() => segmentByEvidence(body.length, spans), [body, spans]);
  const activeIndex = questions.findIndex((q) => q.id === active);
  const draftIndex = draftEvidence ? questions.length : -1;
  const pickedCurrent = picked.filter((id) => questions.some((q) => q.id === id && !q.archivedAt));

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

  function captureSelection() {
    const root = bodyRef.current;
    const sel = typeof window === "undefined" ? null : window.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return;
    const a = offsetOf(root, range.startContainer, range.startOffset, body.length);
    const b = offsetOf(root, range.endContainer, range.endOffset, body.length);
    if (a === null || b === null) return;
    let start = Math.max(0, Math.min(a, b));
    let end = Math.min(body.length, Math.max(a, b));
    while (start < end && /\s/u.test(body[start]!)) start++;
    while (end > start && /\s/u.test(body[end - 1]!)) end--;
    if (end > start) setSelection({ start, end });
  }

  function refresh(message: string) {
    setError(null);
    setNotice(message);
    startTransition(() => router.refresh());
  }

  function failed(code: string, message: string) {
    setNotice(null);
    setError(t.has(`errors.${code}`) ? t(`errors.${code}`) : message || t("errors.unknown"));
  }

  async function setStatus(q: BankQuestion, status: "approved" | "draft") {
    setBusyId(q.id);
    const res = await callApi(bankUrl(articleId, "questions", q.id, "status"), "PUT", { status });
    setBusyId(null);
    if (res.ok) refresh(status === "approved" ? t("approvedOne") : t("unapprovedOne"));
    else failed(res.code, res.message);
  }

  async function remove(q: BankQuestion, n: number) {
    const text = q.responses > 0 ? t("confirmArchive", { n }) : t("confirmDelete", { n });
    if (!(await confirm({ message: text, confirmLabel: t("confirmDeleteButton") }))) return;
    setBusyId(q.id);
    const res = await callApi<{ archived: boolean }>(bankUrl(articleId, "questions", q.id), "DELETE");
    setBusyId(null);
    if (res.ok) {
      setPicked((p) => p.filter((id) => id !== q.id));
      refresh(res.data.archived ? t("archivedOne") : t("deletedOne"));
    } else failed(res.code, res.message);
  }

  async function bulk(status: "approved" | "draft", questionIds?: string[]) {
    setBusyId("bulk");
    const res = await callApi<{ count: number }>(bankUrl(articleId, "status"), "POST", {
      status,
      ...(questionIds ? { questionIds } : {}),
    });
    setBusyId(null);
    if (res.ok) {
      setPicked([]);
      refresh(t(status === "approved" ? "approvedMany" : "unapprovedMany", { count: res.data.count }));
    } else failed(res.code, res.message);
  }

  function closeEditor(message?: string) {
    setEditingId(null);
    setIsAdding(false);
    setDraftEvidence(null);
    if (message) refresh(message);
  }

  const editorProps = {
    articleId,
    body,
    language,
    hasText: !isSet,
    sentences,
    selection,
    onEvidenceChange: setDraftEvidence,
    onDone: (m: string) => closeEditor(m),
    onCancel: () => closeEditor(),
  };

  return (
    <div className="stack">
      <div className="row review-toolbar">
        <button
          type="button"
          className="button"
          onClick={() => {
            setEditingId(null);
            setDraftEvidence(null);
            setIsAdding(true);
          }}
          disabled={isAdding}
        >
          {t("addQuestion")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => bulk("approved")}
          disabled={draftCount === 0 || busyId !== null}
        >
          {t("approveAll", { count: draftCount })}
        </button>
        {pickedCurrent.length > 0 && (
          <>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => bulk("approved", pickedCurrent)}
              disabled={busyId !== null}
            >
              {t("approveSelected", { count: pickedCurrent.length })}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => bulk("draft", pickedCurrent)}
              disabled={busyId !== null}
            >
              {t("unapproveSelected", { count: pickedCurrent.length })}
            </button>
          </>
        )}
        {isRefreshing && <span className="spinner" aria-label={t("refreshing")} />}
      </div>
      {!isSet && <RegeneratePanel articleId={articleId} onDone={refresh} onError={failed} />}
      <ImportPanel target={{ kind: isSet ? "set" : "article", articleId, language }} onDone={refresh} />
      <details className="card export-panel">
        <summary>{tInterop("exportTitle")}</summary>
        <p className="hint">
          {pickedCurrent.length > 0
            ? tInterop("exportSelected", { count: pickedCurrent.length })
            : tInterop("exportBankHint")}
        </p>
        <ul className="row export-links" aria-label={tInterop("exportFormats")}>
          {EXPORT_FORMATS.map((f) => (
            <li key={f}>
              <a
                className="button button-secondary button-small"
                href={`${bankUrl(articleId, "export")}?format=${f}${pickedCurrent.length > 0 ? `&ids=${pickedCurrent.map(encodeURIComponent).join(",")}` : ""}`}
                download
              >
                {tInterop(`format.${f}`)}
              </a>
            </li>
          ))}
        </ul>
      </details>
      {confirmDialog}
      <div aria-live="polite" role="status">
        {notice && <p className="alert alert-good">{notice}</p>}
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}

      {/* While a question is edited or added, the two columns share the width and the bank column stops scrolling on
          its own, so the form has room and its Save button is reached in the page's scroll (issue 12). */}
      <div className={`article-layout${isSet ? " is-set" : editingId !== null || isAdding ? " is-editing" : ""}`}>
        {!isSet && (
          <div
            className="card article-body"
            lang={language}
            dir={dirOf(language)}
            ref={bodyRef}
            data-testid="article-body"
            onMouseUp={captureSelection}
            onKeyUp={captureSelection}
          >
            {segments.map((s) => {
              const text = body.slice(s.start, s.end);
              if (s.covers.length === 0)
                return (
                  <span key={s.start} data-start={s.start}>
                    {text}
                  </span>
                );
              const isActive = activeIndex >= 0 && s.covers.includes(activeIndex);
              const isDraft = draftIndex >= 0 && s.covers.includes(draftIndex);
              const cls = [isActive ? "is-active" : "", isDraft ? "is-draft" : ""].filter(Boolean).join(" ");
              return (
                <mark key={s.start} data-start={s.start} data-q={s.covers.join(" ")} className={cls || undefined}>
                  {text}
                </mark>
              );
            })}
          </div>
        )}

        <section className={isSet ? undefined : "sticky"} aria-labelledby="bank-heading">
          <h2 id="bank-heading" style={{ marginTop: 0 }}>
            {t("bankHeading")} <span className="badge">{questions.length}</span>
          </h2>
          {isAdding && (
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
                {questions.map((q, i) => {
                  const n = i + 1;
                  const isArchived = q.archivedAt !== null;
                  if (editingId === q.id)
                    return (
                      <li key={q.id} id={`q-${q.id}`} className="question-card is-active">
                        <QuestionEditor {...editorProps} question={q} />
                      </li>
                    );
                  return (
                    <li
                      key={q.id}
                      id={`q-${q.id}`}
                      className={`question-card${active === q.id ? " is-active" : ""}`}
                      onMouseEnter={() => setActive(q.id)}
                      onMouseLeave={() => setActive((cur) => (cur === q.id && cur !== focusId ? null : cur))}
                      data-testid="bank-question"
                    >
                      <div className="row">
                        {!isArchived && (
                          <input
                            type="checkbox"
                            className="pick-box"
                            checked={picked.includes(q.id)}
                            onChange={(e) =>
                              setPicked((p) => (e.target.checked ? [...p, q.id] : p.filter((id) => id !== q.id)))
                            }
                            aria-label={t("pick", { n })}
                          />
                        )}
                        <span className="badge">{tType(q.type)}</span>
                        <StatusBadges question={q} />
                        {q.origin === "imported" && <span className="badge">{tInterop("importedBadge")}</span>}
                        {q.evidence.end <= q.evidence.start && (
                          <span className="badge status-badge status-draft" data-testid="no-evidence">
                            {tInterop("noEvidence")}
                          </span>
                        )}
                        {q.responses > 0 && <span className="hint">{t("answeredCount", { count: q.responses })}</span>}
                      </div>
                      <button
                        type="button"
                        className="evidence-button"
                        onFocus={() => setActive(q.id)}
                        onClick={() => reveal(q.id, i)}
                        aria-label={isSet ? undefined : `${t("showEvidence", { n })}: ${q.prompt}`}
                        aria-pressed={isSet ? undefined : active === q.id}
                        lang={language}
                        dir={dirOf(language)}
                      >
                        <span className="bank-prompt">{q.prompt}</span>
                      </button>
                      {/* Choices are the article's text; "True"/"False" and the "Right answer" label are the interface's. */}
                      <div className="bank-key">
                        {isChoiceType(q.type) || q.type === "true_false" ? (
                          <ul
                            className="bank-choices"
                            {...(q.type === "true_false" ? {} : { lang: language, dir: dirOf(language) })}
                          >
                            {q.choices.map((c, ci) => (
                              <li key={ci} className={c === q.answer ? "is-key" : undefined}>
                                {q.type === "true_false" && (c === "true" || c === "false") ? tQuiz(c) : c}
                                {c === q.answer && <span className="visually-hidden">{` (${t("key")})`}</span>}
                                {c === q.answer && <span aria-hidden="true"> ✓</span>}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          <div className="hint">
                            {t("key")}: <AnswerText type={q.type} answer={q.answer} left={q.left} language={language} />
                          </div>
                        )}
                      </div>
                      {!isArchived && (
                        <div className="row">
                          <button
                            type="button"
                            className="button button-secondary button-small"
                            onClick={() => {
                              setIsAdding(false);
                              setDraftEvidence(null);
                              setEditingId(q.id);
                              setActive(q.id);
                            }}
                            aria-label={t("editN", { n })}
                          >
                            {t("edit")}
                          </button>
                          {q.status === "approved" ? (
                            <button
                              type="button"
                              className="button button-ghost button-small"
                              onClick={() => setStatus(q, "draft")}
                              disabled={busyId !== null}
                              aria-label={t("unapproveN", { n })}
                            >
                              {t("unapprove")}
                            </button>
                          ) : (
                            <button
                              type="button"
                              className="button button-small"
                              onClick={() => setStatus(q, "approved")}
                              disabled={busyId !== null}
                              aria-label={t("approveN", { n })}
                            >
                              {t("approve")}
                            </button>
                          )}
                          <button
                            type="button"
                            className="button button-ghost button-small"
                            onClick={() => remove(q, n)}
                            disabled={busyId !== null}
                            aria-label={t("deleteN", { n })}
                          >
                            {t("delete")}
                          </button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ol>
            </>
          )}
        </section>
      </div>
    </div>
  );
}
