"use client";
// The phone: waits in the lobby, shows the open question's choices as big buttons (shape + colour + text), a text
// box or the ordering/matching controls for other types, then "correct/incorrect, +N points, you are 7th" and the
// podium. The view comes from the server's event stream, so a reload or a dropped connection resumes where it was.
import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { QuestionInput } from "@/components/quiz/question-input";
import type { Given } from "@/components/quiz/store";
import type { PlayerView } from "@/lib/live/live-types";
import { TopList, labelOf, skippedBefore } from "./host-screen";
import { ShapeMark, choiceStyle } from "./shapes";
import { useCountdown } from "./use-countdown";
import { useEventStream } from "./use-event-stream";
import { ErrorAlert } from "@/components/ui/error-alert";

/** The answer this phone has given but the server has not confirmed, kept across reloads (one per game). */
interface PendingAnswer {
  questionId: string;
  answer: Given;
}
const pendingKey = (gameId: string) => `fahm-live-pending:${gameId}`;
function savePending(gameId: string, p: PendingAnswer) {
  try {
    localStorage.setItem(pendingKey(gameId), JSON.stringify(p));
  } catch {
    // private mode or storage full: the answer is still retried while this page stays open
  }
}
function loadPending(gameId: string): PendingAnswer | null {
  try {
    const raw = localStorage.getItem(pendingKey(gameId));
    const p = raw ? (JSON.parse(raw) as Partial<PendingAnswer>) : null;
    return p && typeof p.questionId === "string" && p.answer !== undefined ? (p as PendingAnswer) : null;
  } catch {
    return null;
  }
}
function clearPending(gameId: string) {
  try {
    localStorage.removeItem(pendingKey(gameId));
  } catch {
    // nothing kept
  }
}
/** A second, or less if the phone says it is back online. */
function waitForRetry() {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    window.addEventListener("online", done);
  });
}

const OTHER_TYPES = new Set(["short_answer", "timeline", "matching"]);

export function PlayerScreen({ initial }: { initial: PlayerView }) {
  const t = useTranslations("live");
  const [view, setView] = useState(initial);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [isRemoved, setIsRemoved] = useState(false);
  const [draft, setDraft] = useState<{ questionId: string; value: Given } | null>(null);
  const [sent, setSent] = useState<string | null>(null); // question id of an answer the server accepted
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const gameId = initial.gameId;

  const status = useEventStream(
    `/api/live/games/${gameId}/events`,
    {
      view: (d) => {
        setView(d as PlayerView);
        setReceivedAt(Date.now());
        setError(null);
      },
      ping: (d) => {
        void fetch(`/api/live/games/${gameId}/pong`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ pingId: (d as { id: string }).id }),
        }).catch(() => undefined);
      },
      removed: () => setIsRemoved(true),
    },
    !isRemoved,
  );

  const q = view.question;
  const seconds = useCountdown(view.phase === "question" && !view.isPaused ? view.remainingMs : null, receivedAt);
  const hasAnswered = view.hasAnswered || (q != null && sent === q.id);

  // An answer the network dropped is kept on the phone (in localStorage, so a reload or a closed tab does not lose
  // it) and sent again every second, and at once when the phone is back online, while its question is open; the
  // server accepts it while the player's time (plus the network's share) has not run out, and a second copy of an
  // answer it already has is accepted again without counting twice.
  const questionRef = useRef<string | null>(null);
  questionRef.current = view.phase === "question" ? (q?.id ?? null) : null;
  const [isQueued, setIsQueued] = useState(false);
  const isSendingRef = useRef(false);
  const submit = useCallback(
    async (questionId: string, answer: Given) => {
      if (isSendingRef.current) return;
      isSendingRef.current = true;
      savePending(gameId, { questionId, answer });
      setIsBusy(true);
      setError(null);
      for (;;) {
        try {
          const res = await fetch(`/api/live/games/${gameId}/answers`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ questionId, answer }),
          });
          if (res.ok) setSent(questionId);
          else {
            const body = (await res.json()) as { error: { code: string; message: string } };
            if (body.error.code === "already_answered") setSent(questionId);
            else if (body.error.code === "question_closed" || body.error.code === "wrong_question")
              setError(t("play.lateLost"));
            else setError(body.error.message);
          }
          clearPending(gameId);
          break;
        } catch {
          setIsQueued(true);
          await waitForRetry();
          if (questionRef.current !== questionId) {
            clearPending(gameId);
            setError(t("play.lateLost"));
            break;
          }
        }
      }
      setIsQueued(false);
      setIsBusy(false);
      isSendingRef.current = false;
    },
    [gameId, t],
  );

  // After a reload (or a tab the phone closed): an answer still waiting on this phone goes now unless the server
  // already shows it; if its question closed before it arrived, the player is told so.
  const pendingQuestion = view.phase === "question" ? (q?.id ?? null) : null;
  const hasServerAnswer = view.hasAnswered;
  useEffect(() => {
    const pending = loadPending(gameId);
    if (!pending || isSendingRef.current) return;
    // after this render (the effect only looks; the send and the message are a callback's)
    const timer = setTimeout(() => {
      if (pendingQuestion === pending.questionId && hasServerAnswer) clearPending(gameId);
      // the server accepts a copy of an answer it stored (even once the next question is open) and refuses one that
      // arrives after its question closed
      else void submit(pending.questionId, pending.answer);
    }, 0);
    return () => clearTimeout(timer);
  }, [gameId, pendingQuestion, hasServerAnswer, submit, t]);

  const justSkipped = skippedBefore(view);
  if (isRemoved) {
    return (
      <div className="stack live-phone">
        <ErrorAlert>{t("play.removed")}</ErrorAlert>
        <Link href="/play">{t("play.joinAnother")}</Link>
      </div>
    );
  }

  return (
    <div className="stack live-phone" data-phase={view.phase}>
      <div className="row live-phone-bar">
        <bdi className="live-me" data-testid="my-name">
          {view.me.name}
        </bdi>
        <span className="spacer" />
        <span data-testid="my-score">{t("points", { points: view.me.score })}</span>
      </div>
      {status === "reconnecting" && (
        <p className="alert alert-info" role="status">
          {t("play.reconnecting")}
        </p>
      )}
      <ErrorAlert>{error}</ErrorAlert>
      {isQueued && (
        <p className="alert alert-info" role="status">
          {t("play.queued")}
        </p>
      )}
      {justSkipped != null && (
        <p className="alert alert-info" role="status" data-testid="skipped-note">
          {t("play.skipped", { n: justSkipped + 1 })}
        </p>
      )}

      {view.phase === "lobby" && (
        <section className="live-wait">
          <h1>{t("play.inLobby")}</h1>
          <p className="muted">{t("play.lookUp")}</p>
          {view.me.extraTimePercent > 0 && (
            <p data-testid="extra-time">{t("play.extraTime", { percent: view.me.extraTimePercent })}</p>
          )}
        </section>
      )}

      {view.phase === "question" && q && (
        <section className="stack" aria-labelledby="live-q" lang={q.language} dir={q.language === "ar" ? "rtl" : "ltr"}>
          <p className="muted" lang="" dir="">
            {t("play.progress", { n: view.questionIndex + 1, total: view.questionCount })} ·{" "}
            <span role="timer">
              {view.isPaused ? t("play.paused") : t("play.secondsLeft", { seconds: seconds ?? 0 })}
            </span>
          </p>
          <h1 id="live-q" className="live-phone-prompt">
            {q.prompt}
          </h1>
          {hasAnswered ? (
            <p className="alert alert-info" role="status" lang="" dir="">
              {t("play.sent")}
            </p>
          ) : OTHER_TYPES.has(q.type) ? (
            <div className="stack">
              <QuestionInput
                question={q}
                value={draft?.questionId === q.id ? draft.value : undefined}
                isLocked={isBusy || view.isPaused}
                onChange={(v) => setDraft({ questionId: q.id, value: v })}
                labelledBy="live-q"
              />
              <button
                type="button"
                className="button live-big-button"
                disabled={isBusy || view.isPaused || draft?.questionId !== q.id}
                onClick={() => draft && void submit(q.id, draft.value)}
              >
                {t("play.send")}
              </button>
            </div>
          ) : (
            <div className="live-answer-grid" role="group" aria-labelledby="live-q">
              {q.choices.map((c, i) => (
                <button
                  key={c}
                  type="button"
                  className="live-answer-button"
                  style={{ background: choiceStyle(i).color }}
                  disabled={isBusy || view.isPaused}
                  onClick={() => void submit(q.id, c)}
                >
                  <ShapeMark index={i} /> <span>{labelOf(q.type, c, t)}</span>
                </button>
              ))}
            </div>
          )}
        </section>
      )}

      {view.phase === "reveal" && view.result && (
        <section className="stack live-result" aria-live="polite">
          <h1 className={view.result.isCorrect ? "result-right" : "result-wrong"}>
            {view.result.given == null
              ? t("play.noAnswer")
              : view.result.isCorrect
                ? t("play.correct")
                : t("play.incorrect")}
          </h1>
          <p className="live-gain">{t("play.gained", { points: view.result.points })}</p>
          {view.me.rank != null && (
            <p className="live-rank-line">{t("play.rank", { rank: view.me.rank, total: view.playerCount })}</p>
          )}
          {view.me.streak > 1 && <p>{t("play.streak", { count: view.me.streak })}</p>}
          {view.reveal && q && (
            <div className="card" lang={q.language} dir={q.language === "ar" ? "rtl" : "ltr"}>
              <p>
                <strong lang="" dir="">
                  {t("host.rightAnswer")}
                </strong>{" "}
                {Array.isArray(view.reveal.answer)
                  ? view.reveal.answer.join(" → ")
                  : labelOf(q.type, view.reveal.answer, t)}
              </p>
              <blockquote className="quote">{view.reveal.evidence}</blockquote>
            </div>
          )}
          <p className="muted">{t("play.waitNext")}</p>
        </section>
      )}

      {view.phase === "podium" && (
        <section className="stack live-result">
          <h1>{t("play.gameOver")}</h1>
          {view.me.rank != null && (
            <p className="live-rank-line">{t("play.rank", { rank: view.me.rank, total: view.playerCount })}</p>
          )}
          <TopList title={t("host.topFive")} top={view.top} />
        </section>
      )}
    </div>
  );
}
