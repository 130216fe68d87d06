"use client";
// Reviews one card at a time with the quiz player's own pieces (QuestionForm, AnswerFeedback): answer,
// the server judges and schedules, then the key, the evidence sentence and a link back to the article.
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { AnswerFeedback } from "@/components/quiz/answer-feedback";
import { draftValue, NextButton, QuestionForm, usePlayerFocus } from "@/components/quiz/question-form";
import { isComplete } from "@/components/quiz/question-input";
import type { QuestionType } from "@/questions/types";
import { useReviewStore, useReviewStoreApi } from "./review-provider";
import { isSettled, type ReviewCardView, type ReviewResult } from "./store";
import { flushReviews } from "./sync";
import { ErrorAlert } from "@/components/ui/error-alert";

const RATINGS = ["again", "hard", "good", "easy"] as const;

export function ReviewPlayer() {
  const t = useTranslations("spaced");
  const store = useReviewStoreApi();
  const cards = useReviewStore((s) => s.cards);
  const currentId = useReviewStore((s) => s.currentId);
  const results = useReviewStore((s) => s.results);
  const pending = useReviewStore((s) => s.pending);
  const errors = useReviewStore((s) => s.errors);
  const suspended = useReviewStore((s) => s.suspended);
  const isOffline = useReviewStore((s) => s.isOffline);
  const isAhead = useReviewStore((s) => s.isAhead);

  const card = cards.find((c) => c.id === currentId);
  const settled = { results, pending, errors, suspended };
  const left = cards.filter((c) => !isSettled(settled, c.id)).length;
  const queued = pending.length;

  useEffect(() => {
    if (card) store.getState().markShown(card.id, Date.now());
  }, [card, store]);
  const hasFeedback = card ? isSettled(settled, card.id) : false;
  const { headingRef, nextRef, focusHeading } = usePlayerFocus(hasFeedback, card?.id);

  const router = useRouter();
  function goNext() {
    store.getState().next();
    // The session is over: the header's due count is re-read from the server.
    if (store.getState().currentId === null) router.refresh();
    focusHeading();
  }

  return (
    <div className="stack">
      {isOffline && (
        <p className="alert alert-info" role="status">
          {t("offline")}
        </p>
      )}
      {queued > 0 && (
        <p className="hint" role="status" data-testid="queued">
          {t("queued", { count: queued })}
        </p>
      )}
      {card ? (
        <>
          <p className="row" style={{ justifyContent: "space-between" }}>
            <span data-testid="left">{isAhead ? t("aheadLeft", { count: left }) : t("left", { count: left })}</span>
            <Link
              prefetch={false}
              href={`/articles/${card.article.id}`}
              lang={card.article.language}
              dir={card.article.language === "ar" ? "rtl" : "ltr"}
            >
              {card.article.title}
            </Link>
          </p>
          <CardView key={card.id} card={card} headingRef={headingRef} />
          {hasFeedback && (
            <NextButton nextRef={nextRef} onClick={goNext}>
              {left > 0 ? t("next") : t("finish")}
            </NextButton>
          )}
        </>
      ) : (
        <Done />
      )}
    </div>
  );
}

function CardView({
  card,
  headingRef,
}: {
  card: ReviewCardView;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const t = useTranslations("spaced");
  const store = useReviewStoreApi();
  const q = card.question;
  const result = useReviewStore((s) => s.results[card.id]);
  const draft = useReviewStore((s) => s.answers[card.id]);
  const value = draftValue(q, result?.given ?? draft);
  const isPending = useReviewStore((s) => s.pending.some((p) => p.cardId === card.id));
  const error = useReviewStore((s) => s.errors[card.id]);
  const isSuspended = useReviewStore((s) => s.suspended.includes(card.id));
  const isLocked = Boolean(result || isPending || error || isSuspended);

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (isLocked || !isComplete(q, value) || value === undefined) return;
    const s = store.getState();
    if (s.answers[card.id] === undefined) s.choose(card.id, value);
    s.submit(card.id, Date.now(), crypto.randomUUID());
    void flushReviews(store);
  }

  return (
    <>
      <QuestionForm
        question={q}
        language={card.article.language}
        headingId={`card-${card.id}-prompt`}
        headingRef={headingRef}
        value={value}
        isLocked={isLocked}
        rightAnswer={result?.answer}
        onChange={(v) => store.getState().choose(card.id, v)}
        onSubmit={onSubmit}
        testId="review-card"
      />
      {isLocked && (
        <section className="card stack" aria-live="polite" data-testid="feedback">
          {result ? (
            <ReviewFeedback card={card} result={result} />
          ) : isPending ? (
            <p className="alert alert-info" role="status">
              {t("savedOnDevice")}
            </p>
          ) : error ? (
            <ErrorAlert>
              {t.has(`errors.${error.code}`)
                ? t(`errors.${error.code}`)
                : t("errors.generic", { message: error.message })}
            </ErrorAlert>
          ) : null}
          {isSuspended ? (
            <p className="alert alert-good" role="status">
              {t("suspended")}
            </p>
          ) : (
            (result || error) && <SuspendCard cardId={card.id} />
          )}
        </section>
      )}
    </>
  );
}

function ReviewFeedback({ card, result }: { card: ReviewCardView; result: ReviewResult }) {
  const t = useTranslations("spaced");
  const format = useFormatter();
  const store = useReviewStoreApi();
  const [error, setError] = useState<string | null>(null);
  const language = card.article.language;
  const type = card.question.type as QuestionType;
  async function rerate(rating: (typeof RATINGS)[number]) {
    setError(null);
    try {
      const res = await fetch(`/api/review/cards/${card.id}/rating`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ reviewId: result.reviewId, rating }),
      });
      const body = (await res.json()) as ReviewResult & { error?: { message: string } };
      if (res.ok) store.getState().applyResult(body);
      else setError(body.error?.message ?? String(res.status));
    } catch {
      setError(t("offline"));
    }
  }
  return (
    <>
      <AnswerFeedback
        type={type}
        left={card.question.left}
        given={result.given}
        showGiven={result.given !== null}
        correct={result.correct}
        answer={result.answer}
        evidence={result.evidence}
        language={language}
      />
      <p data-testid="next-review">
        {t("rated", { rating: t(`ratings.${result.rating}`) })}{" "}
        {t("nextReview", { date: format.dateTime(new Date(result.due), { dateStyle: "medium", timeStyle: "short" }) })}
      </p>
      {result.canRerate && (
        <div className="stack" style={{ gap: 4 }}>
          <p className="hint" id={`rerate-${card.id}`}>
            {t("rerateHint")}
          </p>
          <div className="row" role="group" aria-labelledby={`rerate-${card.id}`}>
            {RATINGS.map((r) => (
              <button
                key={r}
                type="button"
                className={`button button-small ${r === result.rating ? "" : "button-secondary"}`}
                aria-pressed={r === result.rating}
                onClick={() => void rerate(r)}
              >
                {t(`ratings.${r}`)}
              </button>
            ))}
          </div>
          <ErrorAlert>{error}</ErrorAlert>
        </div>
      )}
      <p>
        <Link prefetch={false} href={`/articles/${card.article.id}`}>
          {t("readArticle")}
        </Link>
      </p>
    </>
  );
}

function SuspendCard({ cardId }: { cardId: string }) {
  const t = useTranslations("spaced");
  const store = useReviewStoreApi();
  const [isOpen, setIsOpen] = useState(false);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | null>(null);
  async function suspend(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      const res = await fetch(`/api/review/cards/${cardId}/suspend`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ note }),
      });
      if (res.ok) store.getState().markSuspended(cardId);
      else setError(((await res.json()) as { error?: { message: string } }).error?.message ?? String(res.status));
    } catch {
      setError(t("offline"));
    }
  }
  if (!isOpen)
    return (
      <div className="row">
        <button type="button" className="button button-ghost button-small" onClick={() => setIsOpen(true)}>
          {t("suspendOpen")}
        </button>
      </div>
    );
  return (
    <form className="stack" onSubmit={suspend}>
      <p className="hint">{t("suspendHint")}</p>
      <div className="field">
        <label htmlFor={`note-${cardId}`}>{t("suspendNote")}</label>
        <textarea
          id={`note-${cardId}`}
          value={note}
          maxLength={500}
          rows={2}
          dir="auto"
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      <div className="row">
        <button type="submit" className="button button-danger button-small">
          {t("suspendConfirm")}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={() => setIsOpen(false)}>
          {t("cancel")}
        </button>
      </div>
      <ErrorAlert>{error}</ErrorAlert>
    </form>
  );
}

/** Nothing (more) due: say so, and offer to learn ahead. */
function Done() {
  const t = useTranslations("spaced");
  const store = useReviewStoreApi();
  const isAhead = useReviewStore((s) => s.isAhead);
  const reviewed = useReviewStore((s) => Object.keys(s.results).length);
  const [state, setState] = useState<"idle" | "loading" | "none" | "error">("idle");
  async function learnAhead() {
    setState("loading");
    try {
      const res = await fetch("/api/review/cards?ahead=1", { cache: "no-store" });
      const body = (await res.json()) as { cards: ReviewCardView[] };
      if (!res.ok) return setState("error");
      if (body.cards.length === 0) return setState("none");
      store.getState().load(body.cards, true);
      setState("idle");
    } catch {
      setState("error");
    }
  }
  return (
    <section className="card stack" data-testid="review-done">
      <h1>{reviewed > 0 ? t("doneTitle") : t("nothingDue")}</h1>
      <p>{reviewed > 0 ? t("doneText", { count: reviewed }) : isAhead ? t("aheadDone") : t("nothingDueText")}</p>
      <div className="row">
        <button type="button" className="button button-secondary" onClick={learnAhead} disabled={state === "loading"}>
          {state === "loading" ? t("loading") : t("learnAhead")}
        </button>
        <Link prefetch={false} className="button button-ghost" href="/review/progress">
          {t("progressLink")}
        </Link>
      </div>
      {state === "none" && (
        <p className="hint" role="status">
          {t("nothingAhead")}
        </p>
      )}
      {state === "error" && <ErrorAlert>{t("offline")}</ErrorAlert>}
    </section>
  );
}
