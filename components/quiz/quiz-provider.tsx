"use client";
// Creates the attempt's store once, restores it from localStorage, lets the server's record win, and sends
// answers that were given offline as soon as the network returns.
import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import { drainQueue, postQueued } from "./drain-queue";
import {
  createQuizStore,
  type AnswerError,
  type QuizActions,
  type QuizState,
  type QuizStore,
  type ServerAttempt,
} from "./store";

const QuizStoreContext = createContext<QuizStore | null>(null);
const RETRY_MS = 10_000;

export function QuizProvider({ server, children }: { server: ServerAttempt; children: React.ReactNode }) {
  const [store] = useState(() => createQuizStore(server));
  const [isReady, setIsReady] = useState(false);

  useEffect(() => {
    let isCancelled = false;
    const resync = async () => {
      if (isCancelled) return;
      await refreshFromServer(store);
      await flushAnswers(store);
    };
    void (async () => {
      await store.persist.rehydrate();
      store.getState().reconcile(server);
      setIsReady(true);
      await flushAnswers(store);
    })();
    const onOnline = () => {
      store.getState().setSync({ isOffline: false });
      void resync();
    };
    const onOffline = () => store.getState().setSync({ isOffline: true });
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    const timer = window.setInterval(() => {
      if (store.getState().pending.length > 0) void flushAnswers(store);
    }, RETRY_MS);
    return () => {
      isCancelled = true;
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.clearInterval(timer);
    };
  }, [store, server]);

  return (
    <QuizStoreContext.Provider value={store}>
      {/* The server's record renders at once, on the server too, so the question paints with the HTML instead of
          after every script (issue 9: it is the page's largest text); it takes input only once this device's saved
          answers are restored and reconciled, and may then move to where the student was. */}
      <div className="quiz-boot" inert={!isReady} aria-busy={!isReady}>
        {children}
      </div>
    </QuizStoreContext.Provider>
  );
}

export function useQuizStore<T>(selector: (s: QuizState & QuizActions) => T): T {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error("useQuizStore must be used inside <QuizProvider>");
  return useStore(store, selector);
}

export function useQuizStoreApi(): QuizStore {
  const store = useContext(QuizStoreContext);
  if (!store) throw new Error("useQuizStoreApi must be used inside <QuizProvider>");
  return store;
}

/** Sends pending answers one by one, in the order given. Stops at the first network failure and retries later. */
export async function flushAnswers(store: QuizStore): Promise<void> {
  await drainQueue(store, async () => {
    const s = store.getState();
    const questionId = s.pending[0];
    if (!questionId) return "empty";
    const res = await postQueued(store, `/api/attempts/${s.attemptId}/answers`, {
      questionId,
      answer: s.answers[questionId],
    });
    if (!res) return "stalled";
    const body = (await res.json().catch(() => null)) as
      (Parameters<QuizActions["applyResult"]>[0] & { error?: { code: string; message: string } }) | null;
    if (res.ok && body) {
      s.applyResult(body);
      // The last answer closed a quiz whose verdicts or keys were held back: fetch them now that they may be shown.
      if (body.finishedAt && !s.rules.canShowKeys) await refreshFromServer(store);
    } else if (res.status === 409) {
      // Answered elsewhere (another tab or device), or the attempt closed (time up, due date): take the server's
      // record.
      await refreshFromServer(store);
      if (store.getState().pending.includes(questionId)) s.reject(questionId, toAnswerError(body, "Conflict"));
    } else if (res.status >= 500) {
      // The server is having trouble (503 "busy": the database is locked, nothing was saved): keep the answer, shown
      // as saved on this device, and retry — sooner than the regular tick when the server says when.
      const retryAfter = Number(res.headers.get("retry-after"));
      if (res.status === 503 && retryAfter > 0 && retryAfter * 1000 < RETRY_MS)
        setTimeout(() => void flushAnswers(store), retryAfter * 1000);
      return "stalled";
    } else {
      s.reject(questionId, toAnswerError(body, `HTTP ${res.status}`));
    }
    return "sent";
  });
}

function toAnswerError(body: { error?: { code?: string; message?: string } } | null, fallback: string): AnswerError {
  return { code: body?.error?.code ?? null, message: body?.error?.message ?? fallback };
}

/** Takes the server's record of the attempt (it wins over local state). */
export async function refreshFromServer(store: QuizStore): Promise<void> {
  try {
    const res = await fetch(`/api/attempts/${store.getState().attemptId}`, { cache: "no-store" });
    if (res.ok) store.getState().reconcile((await res.json()) as ServerAttempt);
  } catch {
    store.getState().setSync({ isOffline: true });
  }
}
