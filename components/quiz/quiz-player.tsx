"use client";
// One question at a time: answer, check (the server judges), see the evidence, move on; a summary at the end.
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { LocalDateTime } from "@/components/ui/local-date-time";
import { AnswerText } from "./answer-text";
import { isComplete, QuestionInput, type PlayerQuestion } from "./question-input";
import { flushAnswers, useQuizStore, useQuizStoreApi } from "./quiz-provider";
import { QuizTimer } from "./quiz-timer";
import { hasVerdict, isAnswered, isRevealed, type AnswerError, type Evidence, type ServerAttempt } from "./store";
import type { QuestionType } from "@/questions/types";

interface Props {
  questions: PlayerQuestion[];
  language: string;
  /** Where "back" goes at the end: the article (practice) or "My work" (assignments). */
  backHref: string;
  backLabel: string;
  /** Practice only: a "practise again" form. */
  practiseAgain?: React.ReactNode;
}

export function QuizPlayer(props: Props) {
  const { questions, language } = props;
  const t = useTranslations("quiz");
  const store = useQuizStoreApi();
  const current = useQuizStore((s) => s.current);
  const answers = useQuizStore((s) => s.answers);
  const results = useQuizStore((s) => s.results);
  const pending = useQuizStore((s) => s.pending);
  const errors = useQuizStore((s) => s.errors);
  const score = useQuizStore((s) => s.score);
  const isOffline = useQuizStore((s) => s.isOffline);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  const isAssignment = useQuizStore((s) => s.rules.isAssignment);
  const { choose, goTo, submit } = useQuizStore(
    useShallow((s) => ({ choose: s.choose, goTo: s.goTo, submit: s.submit })),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  const dir = language === "ar" ? "rtl" : "ltr";

  const total = questions.length;
  const answeredCount = questions.filter((q) => isAnswered({ results, pending }, q.id)).length;
  // The last verdict is shown like any other; the summary comes when the student moves on (or on a later visit).
  // An answer the closed attempt refused (time up, due date) has nothing to show: the summary says why.
  const [justAnswered, setJustAnswered] = useState<string | null>(null);
  const isDone =
    finishedAt !== null && pending.length === 0 && (justAnswered === null || errors[justAnswered] !== undefined);
  const errorText = useAnswerErrorText();
  const q = questions[Math.min(current, total - 1)];
  const result = q ? results[q.id] : undefined;
  const isPending = q ? pending.includes(q.id) : false;
  const hasFeedback = Boolean(result) || isPending;
  // "Saved on this device" only when it is true for more than a moment: offline, or still unsent after 2 s. An answer
  // on its normal way to the server (100–800 ms) shows nothing a screen reader would announce (issue 12).
  const isSlow = useAfter(isPending && !isOffline, 2000, q?.id);
  const isSavedLocally = isPending && (isOffline || isSlow);

  // Move focus to the feedback's "next" button once an answer is checked, so keyboard users continue with Enter.
  useEffect(() => {
    if (hasFeedback) nextRef.current?.focus();
  }, [hasFeedback, q?.id]);

  if (isDone) return <QuizSummary {...props} />;
  if (!q) return null;

  const value = answers[q.id] ?? (q.type === "timeline" ? q.choices : undefined);
  const canSubmit = !hasFeedback && isComplete(q, value);
  const isLast = current >= total - 1;
  const nextOpen = questions.findIndex((x, i) => i > current && !isAnswered({ results, pending }, x.id));
  const firstOpen = questions.findIndex((x) => !isAnswered({ results, pending }, x.id));

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
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  const headingId = `q-${q.id}-prompt`;
  return (
    <div className="stack">
      {isOffline && (
        <p className="alert alert-info" role="status">
          {t("offline")}
        </p>
      )}
      <QuizTimer />
      <div className="stack" style={{ gap: 4 }}>
        <div className="row" style={{ justifyContent: "space-between" }}>
          <span data-testid="progress">{t("progressShort", { current: current + 1, total })}</span>
          {score !== null ? (
            <span data-testid="score">{t("score", { score })}</span>
          ) : (
            <span data-testid="answered">{t("scoreHidden", { answered: answeredCount, total })}</span>
          )}
        </div>
        <div
          className="progress"
          role="progressbar"
          aria-label={t("progress", { current: current + 1, total })}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={answeredCount}
        >
          <span style={{ width: `${(answeredCount / Math.max(1, total)) * 100}%` }} />
        </div>
      </div>

      <form className="card stack" onSubmit={onSubmit} aria-labelledby={headingId}>
        <p className="hint">{t("progress", { current: current + 1, total })}</p>
        <h1 id={headingId} ref={headingRef} tabIndex={-1} lang={language} dir={dir} style={{ fontSize: "1.3rem" }}>
          {q.prompt}
        </h1>
        <div lang={language} dir={dir}>
          <QuestionInput
            question={q}
            value={value}
            isLocked={hasFeedback}
            rightAnswer={isRevealed(result) ? result.answer : undefined}
            labelledBy={headingId}
            onChange={(v) => choose(q.id, v)}
          />
        </div>
        {errors[q.id] && (
          <p className="alert alert-error" role="alert">
            {errorText(errors[q.id]!)}
          </p>
        )}
        {!hasFeedback && (
          <div className="row">
            <button type="submit" className="button" disabled={!canSubmit}>
              {t("submit")}
            </button>
          </div>
        )}
      </form>

      {hasFeedback && (
        <section className="card stack" aria-live="polite" data-testid="feedback">
          {hasVerdict(result) ? (
            <Feedback
              type={q.type as QuestionType}
              left={q.left}
              given={answers[q.id]}
              {...result}
              language={language}
            />
          ) : result ? (
            <p className="alert alert-good" role="status">
              {t("saved")}
            </p>
          ) : isSavedLocally ? (
            <p className="alert alert-info" role="status">
              {t("pending")}
            </p>
          ) : (
            <p className="hint" aria-hidden="true" data-testid="checking">
              <span className="spinner" />
            </p>
          )}
          <div className="row">
            <button type="button" className="button" ref={nextRef} onClick={goNext}>
              {isLast && nextOpen === -1 && firstOpen === -1 ? t("finish") : t("next")}
            </button>
          </div>
        </section>
      )}
      {/* After the answer controls (issue 12): the first Tab reaches the question, not twelve "go to" buttons. */}
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
      {isAssignment && <SubmitQuiz unanswered={total - answeredCount} />}
    </div>
  );
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

/** Assignments: hand in now, even with blanks (after a confirmation). */
function SubmitQuiz({ unanswered }: { unanswered: number }) {
  const t = useTranslations("quiz");
  const store = useQuizStoreApi();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isBusy, setIsBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit() {
    setIsBusy(true);
    setError(null);
    await flushAnswers(store);
    try {
      const res = await fetch(`/api/attempts/${store.getState().attemptId}/finish`, { method: "POST" });
      const body = (await res.json()) as ServerAttempt & { error?: { message: string } };
      if (res.ok) store.getState().reconcile(body);
      else setError(body.error?.message ?? t("errorGeneric", { message: String(res.status) }));
    } catch {
      setError(t("offline"));
    }
    setIsBusy(false);
  }
  return (
    <section className="card stack" aria-label={t("submitQuiz")}>
      {isConfirming ? (
        <>
          <p role="alert">{t("submitConfirm", { count: unanswered })}</p>
          <div className="row">
            <button type="button" className="button" onClick={submit} disabled={isBusy}>
              {t("submitYes")}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setIsConfirming(false)}>
              {t("submitNo")}
            </button>
          </div>
        </>
      ) : (
        <div className="row">
          <button type="button" className="button button-secondary" onClick={() => setIsConfirming(true)}>
            {t("submitQuiz")}
          </button>
        </div>
      )}
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function Feedback({
  type,
  left,
  given,
  correct,
  answer,
  evidence,
  language,
  hasKeysHint = true,
}: {
  type: QuestionType;
  left?: string[];
  given: string | string[] | undefined;
  correct: boolean;
  /** Absent while another attempt could still change the score: correct/incorrect only. */
  answer?: string | string[];
  evidence?: Evidence;
  language: string;
  /** Say why the key is missing (the summary says it once for all questions). */
  hasKeysHint?: boolean;
}) {
  const t = useTranslations("quiz");
  return (
    <>
      <p className={correct ? "result-right" : "result-wrong"} role="status">
        {correct ? `✓ ${t("correct")}` : `✗ ${t("incorrect")}`}
      </p>
      {answer === undefined || evidence === undefined ? (
        hasKeysHint && (
          <p className="hint" data-testid="keys-later">
            {t("keysLater")}
          </p>
        )
      ) : (
        <>
          {!correct && (
            <div className="stack">
              <div>
                {t.rich("rightAnswer", {
                  answer: () => <AnswerText type={type} answer={answer} left={left} language={language} />,
                })}
              </div>
              <div className="muted">
                {t.rich("yourAnswer", {
                  answer: () => <AnswerText type={type} answer={given} left={left} language={language} />,
                })}
              </div>
            </div>
          )}
          {/* An imported question can have no evidence yet (an empty span): then there is nothing to quote. */}
          {evidence.text && <EvidenceQuote evidence={evidence} language={language} label={t("evidence")} />}
        </>
      )}
    </>
  );
}

/** A refused answer's reason in the student's language when its code is known, else the server's message. */
function useAnswerErrorText() {
  const t = useTranslations("quiz");
  return (e: AnswerError) =>
    e.code && t.has(`answerErrors.${e.code}`) ? t(`answerErrors.${e.code}`) : t("errorGeneric", { message: e.message });
}

export function EvidenceQuote({ evidence, language, label }: { evidence: Evidence; language: string; label: string }) {
  return (
    <figure style={{ margin: 0 }}>
      <figcaption className="hint">{label}</figcaption>
      <blockquote className="quote" lang={language} dir={language === "ar" ? "rtl" : "ltr"} data-testid="evidence">
        {evidence.parts ? (
          // One sentence per item (timeline, matching), each on its own line: the proof, not the paragraphs between.
          evidence.parts.map((p) => (
            <p key={p.start} className="quote-part">
              <mark>{p.text}</mark>
            </p>
          ))
        ) : (
          <>
            {evidence.before}
            <mark>{evidence.text}</mark>
            {evidence.after}
          </>
        )}
      </blockquote>
    </figure>
  );
}

function QuizSummary({ questions, language, backHref, backLabel, practiseAgain }: Props) {
  const t = useTranslations("quiz");
  const format = useFormatter();
  const results = useQuizStore((s) => s.results);
  const answers = useQuizStore((s) => s.answers);
  const score = useQuizStore((s) => s.score);
  const startedAt = useQuizStore((s) => s.startedAt);
  const finishedAt = useQuizStore((s) => s.finishedAt);
  const rules = useQuizStore((s) => s.rules);
  const errors = useQuizStore((s) => s.errors);
  const errorText = useAnswerErrorText();
  const refused = [...new Set(Object.values(errors).map(errorText))];
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const total = questions.length;
  const seconds = finishedAt ? Math.max(0, Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000)) : null;
  const time =
    seconds === null
      ? "—"
      : seconds >= 60
        ? `${format.number(Math.floor(seconds / 60))}:${String(seconds % 60).padStart(2, "0")}`
        : format.number(seconds, { style: "unit", unit: "second", unitDisplay: "short" });
  return (
    <div className="stack">
      <section className="card stack" data-testid="summary">
        <h1 ref={headingRef} tabIndex={-1}>
          {t("doneTitle")}
        </h1>
        {score !== null ? (
          <p style={{ fontSize: "1.2rem" }} data-testid="final-score">
            {t("finalScore", { score, total, percent: Math.round((score / Math.max(1, total)) * 100) })}
          </p>
        ) : (
          <>
            <p style={{ fontSize: "1.2rem" }} data-testid="submitted">
              {t("submitted")}
            </p>
            <p className="muted">
              {rules.feedback === "after_due" && rules.dueAt
                ? // The interface's time zone is UTC (the server cannot know the student's); show the student's own time.
                  (() => {
                    const [before = "", after = ""] = t("resultsAfterDue", { date: "\u2063" }).split("\u2063");
                    const utc = format.dateTime(new Date(rules.dueAt), {
                      dateStyle: "medium",
                      timeStyle: "short",
                      timeZone: "UTC",
                    });
                    return (
                      <>
                        {before}
                        <LocalDateTime iso={rules.dueAt} serverText={`${utc} UTC`} />
                        {after}
                      </>
                    );
                  })()
                : t("resultsLater")}
            </p>
          </>
        )}
        {refused.map((text) => (
          <p key={text} className="alert alert-error" role="alert">
            {text}
          </p>
        ))}
        <p className="muted">{t("timeTaken", { time })}</p>
        <div className="row">
          {practiseAgain}
          <Link className="button button-secondary" href={backHref}>
            {backLabel}
          </Link>
        </div>
      </section>
      {score !== null && <h2>{t("review")}</h2>}
      {score !== null && !rules.canShowKeys && (
        <p className="hint" data-testid="keys-later">
          {t("keysLater")}
        </p>
      )}
      <ol className="review-list">
        {questions.map((q) => {
          const r = results[q.id];
          if (!hasVerdict(r)) return null;
          return (
            <li key={q.id} className="card stack">
              <div lang={language} dir={language === "ar" ? "rtl" : "ltr"}>
                <strong>{q.prompt}</strong>
              </div>
              <Feedback
                type={q.type as QuestionType}
                left={q.left}
                given={answers[q.id]}
                {...r}
                language={language}
                hasKeysHint={false}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );
}
