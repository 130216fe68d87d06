"use client";
// The projector: lobby (PIN, join address, QR code, names as they join), the question large with its countdown and
// how many answered, then the reveal (distribution, the right answer with its evidence, the top five) and the
// podium. Controls are buttons and keys for a clicker: N / Space / → next (start, close and reveal, next),
// P pause/resume, S skip (moves on without showing the answer; the question scores nobody), E end.
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { HostView } from "@/lib/live/live-types";
import { ShapeMark, choiceStyle } from "./shapes";
import { useCountdown } from "./use-countdown";
import { useEventStream } from "./use-event-stream";
import { ErrorAlert } from "@/components/ui/error-alert";

interface Props {
  initial: HostView;
  joinUrl: string;
  qrSvg: string;
}

const noSubscribe = () => () => {};
const onFullscreenChange = (cb: () => void) => {
  document.addEventListener("fullscreenchange", cb);
  return () => document.removeEventListener("fullscreenchange", cb);
};

/** The projector page full screen (Fullscreen API), where the browser allows it; Escape or the button leaves it. */
function useFullscreen() {
  const canFull = useSyncExternalStore(
    noSubscribe,
    () => document.fullscreenEnabled,
    () => false,
  );
  const isFull = useSyncExternalStore(
    onFullscreenChange,
    () => document.fullscreenElement != null,
    () => false,
  );
  const toggle = useCallback(() => {
    const done = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    void done.catch(() => undefined); // refused (no user gesture, a policy): the page simply stays as it was
  }, []);
  return { canFull, isFull, toggle };
}

export function HostScreen({ initial, joinUrl, qrSvg }: Props) {
  const t = useTranslations("live");
  const fullscreen = useFullscreen();
  const [view, setView] = useState(initial);
  const [receivedAt, setReceivedAt] = useState(() => Date.now());
  const [answered, setAnswered] = useState(initial.answeredCount);
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const show = useCallback((v: HostView) => {
    setView(v);
    setAnswered(v.answeredCount);
    setReceivedAt(Date.now());
  }, []);
  const status = useEventStream(`/api/teacher/live/${initial.gameId}/events`, {
    view: (d) => show(d as HostView),
    answered: (d) => setAnswered((d as { count: number }).count),
  });

  const send = useCallback(
    async (path: string, init: RequestInit) => {
      setIsBusy(true);
      setError(null);
      try {
        const res = await fetch(path, { ...init, headers: { "content-type": "application/json" } });
        const body = (await res.json()) as HostView | { error: { message: string } };
        if (!res.ok) setError("error" in body ? body.error.message : t("host.failed"));
        else show(body as HostView);
      } catch {
        setError(t("host.offline"));
      } finally {
        setIsBusy(false);
      }
    },
    [show, t],
  );
  const act = useCallback(
    (action: string) =>
      send(`/api/teacher/live/${view.gameId}/control`, { method: "POST", body: JSON.stringify({ action }) }),
    [send, view.gameId],
  );

  const primary: { action: string; label: string } | null = useMemo(
    () =>
      view.phase === "lobby"
        ? { action: "start", label: t("host.start") }
        : view.phase === "question"
          ? { action: "close", label: t("host.close") }
          : view.phase === "reveal"
            ? {
                action: "next",
                label: view.questionIndex + 1 >= view.questionCount ? t("host.toPodium") : t("host.next"),
              }
            : null,
    [view.phase, view.questionIndex, view.questionCount, t],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && ["INPUT", "SELECT", "TEXTAREA"].includes(target.tagName)) return;
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const key = e.key.toLowerCase();
      // Space on a focused button or link presses it; the letter and arrow keys still work after a click
      if (target && ["BUTTON", "A"].includes(target.tagName) && (key === " " || key === "enter")) return;
      if ((key === "n" || key === " " || key === "arrowright" || key === "pagedown") && primary) {
        e.preventDefault();
        void act(primary.action);
      } else if (key === "p" && view.phase === "question") void act(view.isPaused ? "resume" : "pause");
      else if (key === "s" && view.phase === "question") void act("skip");
      else if (key === "e" && view.phase !== "podium") void act("end");
      else if (key === "f" && fullscreen.canFull) fullscreen.toggle();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [act, primary, view.phase, view.isPaused, fullscreen]);

  const justSkipped = skippedBefore(view);
  const seconds = useCountdown(view.isPaused ? null : view.remainingMs, receivedAt);
  const q = view.question;

  return (
    <div className="live-host stack" data-phase={view.phase}>
      <div className="row live-host-bar">
        <span className="live-pin-small">
          {t("host.pinLabel")} <strong dir="ltr">{formatPin(view.pin)}</strong>
        </span>
        {view.phase !== "lobby" && view.phase !== "podium" && (
          <span>{t("host.progress", { n: view.questionIndex + 1, total: view.questionCount })}</span>
        )}
        <span className="spacer" />
        <span className="muted" role="status">
          {status === "open" ? t("host.players", { count: view.players.length }) : t("host.reconnecting")}
        </span>
        {fullscreen.canFull && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-keyshortcuts="F"
            onClick={fullscreen.toggle}
          >
            {fullscreen.isFull ? t("host.exitFullscreen") : t("host.fullscreen")}
          </button>
        )}
      </div>

      <ErrorAlert>{error}</ErrorAlert>

      {view.phase === "lobby" && (
        <section className="live-lobby" aria-labelledby="lobby-heading">
          <h1 id="lobby-heading" className="visually-hidden">
            {t("host.lobbyHeading")}
          </h1>
          <div className="live-join">
            <div>
              <p className="join-panel-label">{t("host.joinAt")}</p>
              <p className="live-join-url" dir="ltr">
                {joinUrl}
              </p>
              <p className="join-panel-label">{t("host.pinLabel")}</p>
              <p className="live-pin" dir="ltr" data-testid="game-pin">
                {formatPin(view.pin)}
              </p>
            </div>
            {/* the qrcode library's own SVG output (paths only), never user text */}
            <div
              className="join-qr"
              role="img"
              aria-label={t("host.qrLabel", { url: joinUrl })}
              dangerouslySetInnerHTML={{ __html: qrSvg }}
            />
          </div>
          <h2 aria-live="polite">{t("host.joined", { count: view.players.length })}</h2>
          {view.players.length === 0 ? (
            <p className="muted">{t("host.waiting")}</p>
          ) : (
            <ul className="live-names" aria-label={t("host.namesLabel")}>
              {view.players.map((p) => (
                <li key={p.id}>
                  <bdi>{p.name}</bdi>
                  {p.isClassStudent && <span className="badge">{t("host.classStudent")}</span>}
                  <select
                    aria-label={t("host.extraTimeFor", { name: p.name })}
                    value={p.extraTimePercent}
                    onChange={(e) =>
                      void send(`/api/teacher/live/${view.gameId}/players/${p.id}`, {
                        method: "PATCH",
                        body: JSON.stringify({ extraTimePercent: Number(e.target.value) }),
                      })
                    }
                  >
                    {[0, 25, 50, 100].map((x) => (
                      <option key={x} value={x}>
                        {x === 0 ? t("host.noExtraTime") : t("host.extraTime", { percent: x })}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button-ghost button-small"
                    aria-label={t("host.remove", { name: p.name })}
                    onClick={() => void send(`/api/teacher/live/${view.gameId}/players/${p.id}`, { method: "DELETE" })}
                  >
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          {view.players.some((p) => p.isClassStudent) && <p className="hint">{t("host.accommodationHint")}</p>}
        </section>
      )}

      {justSkipped != null && (
        <p className="alert alert-info" role="status" data-testid="skipped-note">
          {t("host.skipped", { n: justSkipped + 1 })}
        </p>
      )}

      {q && view.phase === "question" && (
        <section className="live-question" lang={q.language} dir={q.language === "ar" ? "rtl" : "ltr"}>
          <h1 className="live-prompt">{q.prompt}</h1>
          <div className="live-status-row" lang="" dir="">
            <p className="live-countdown" aria-label={t("host.secondsLeft", { seconds: seconds ?? 0 })}>
              {view.isPaused ? t("host.paused") : (seconds ?? "")}
            </p>
            <p className="live-answered" data-testid="answered-count">
              {t("host.answered", { count: answered, total: view.players.length })}
            </p>
          </div>
          {q.choices.length > 0 && q.type !== "timeline" && q.type !== "matching" && (
            <ul className="live-choices">
              {q.choices.map((c, i) => (
                <li key={c} style={{ background: choiceStyle(i).color }}>
                  <ShapeMark index={i} /> <span>{labelOf(q.type, c, t)}</span>
                </li>
              ))}
            </ul>
          )}
          {view.players.some((p) => p.isClassStudent) && <p className="hint">{t("host.accommodationHint")}</p>}
        </section>
      )}

      {q && view.phase === "reveal" && view.reveal && (
        <section className="live-reveal stack" aria-labelledby="reveal-heading">
          <h1
            id="reveal-heading"
            className="live-prompt-small"
            lang={q.language}
            dir={q.language === "ar" ? "rtl" : "ltr"}
          >
            {q.prompt}
          </h1>
          <div className="live-chart" role="img" aria-label={t("host.chartLabel")} data-testid="distribution">
            {view.reveal.distribution.map((d, i) => {
              const max = Math.max(1, ...view.reveal!.distribution.map((x) => x.count));
              const label =
                d.label === "correct" || d.label === "incorrect" ? t(`host.${d.label}`) : labelOf(q.type, d.label, t);
              return (
                <div key={d.label} className={`live-bar${d.isCorrect ? " is-right" : ""}`}>
                  <span className="live-bar-count">{d.count}</span>
                  <span
                    className="live-bar-fill"
                    style={{ blockSize: `${(d.count / max) * 10}rem`, background: choiceStyle(i).color }}
                  />
                  <span className="live-bar-label" lang={q.language}>
                    {q.type !== "short_answer" && q.type !== "timeline" && q.type !== "matching" && (
                      <ShapeMark index={i} />
                    )}{" "}
                    {label} {d.isCorrect ? "✓" : ""}
                  </span>
                </div>
              );
            })}
          </div>
          <div className="card">
            <p>
              <strong>{t("host.rightAnswer")}</strong>{" "}
              <bdi lang={q.language}>
                {Array.isArray(view.reveal.answer)
                  ? view.reveal.answer.join(" → ")
                  : labelOf(q.type, view.reveal.answer, t)}
              </bdi>
            </p>
            <blockquote className="quote" lang={q.language} dir={q.language === "ar" ? "rtl" : "ltr"}>
              {view.reveal.evidence}
            </blockquote>
          </div>
          <TopList title={t("host.topFive")} top={view.top} />
        </section>
      )}

      {view.phase === "podium" && (
        <section className="live-podium stack" aria-labelledby="podium-heading">
          <h1 id="podium-heading">{t("host.podium")}</h1>
          <TopList title={t("host.topFive")} top={view.top} />
          <p>
            <Link className="button" href={`/teacher/live/${view.gameId}/results`}>
              {t("host.results")}
            </Link>
          </p>
        </section>
      )}

      {view.phase !== "podium" && (
        <div className="row live-controls" role="toolbar" aria-label={t("host.controls")}>
          {primary && (
            <button
              type="button"
              className="button"
              disabled={isBusy || (view.phase === "lobby" && view.players.length === 0)}
              onClick={() => void act(primary.action)}
            >
              {primary.label}
            </button>
          )}
          {view.phase === "question" && (
            <button
              type="button"
              className="button button-secondary"
              disabled={isBusy}
              onClick={() => void act(view.isPaused ? "resume" : "pause")}
            >
              {view.isPaused ? t("host.resume") : t("host.pause")}
            </button>
          )}
          {view.phase === "question" && (
            <button
              type="button"
              className="button button-secondary"
              disabled={isBusy}
              aria-keyshortcuts="S"
              onClick={() => void act("skip")}
            >
              {t("host.skip")}
            </button>
          )}
          <button type="button" className="button button-danger" disabled={isBusy} onClick={() => void act("end")}>
            {t("host.end")}
          </button>
          <span className="hint">{t("host.keys")}</span>
        </div>
      )}
    </div>
  );
}

export function TopList({ title, top }: { title: string; top: HostView["top"] }) {
  const t = useTranslations("live");
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {top.length === 0 ? (
        <p className="muted">{t("host.nobody")}</p>
      ) : (
        <ol className="live-top" data-testid="top-five">
          {top.map((p) => (
            <li key={p.id}>
              <span className="live-rank">{p.rank}</span> <bdi>{p.name}</bdi>{" "}
              <span className="live-points">{t("points", { points: p.score })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function labelOf(type: string, choice: string, t: (k: "true" | "false") => string): string {
  return type === "true_false" && (choice === "true" || choice === "false") ? t(choice) : choice;
}

function formatPin(pin: string) {
  return `${pin.slice(0, 3)} ${pin.slice(3)}`;
}

/** The question skipped just before this screen (the one before the open question, or the last before the podium). */
export function skippedBefore(v: { phase: string; questionIndex: number; skipped: number[] }): number | null {
  const before = v.phase === "question" ? v.questionIndex - 1 : v.phase === "podium" ? v.questionIndex : -1;
  return before >= 0 && v.skipped.includes(before) ? before : null;
}
