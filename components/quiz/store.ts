// The quiz session on the client: a Zustand store per attempt (factory + provider, never a module global),
// persisted to localStorage so a reload, a closed tab or a lost network resumes at the same place.
// The server is the judge and its record wins: `reconcile` overwrites local results with the server's.
import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";

export type Given = string | string[];
export interface Evidence {
  before: string;
  text: string;
  after: string;
  /** Timeline and matching: the sentence of each item, in article order (then before/after are empty). */
  parts?: Array<{ start: number; end: number; text: string }>;
}
/** A partly right matching/timeline answer under the quiz's partial credit: `right` of `of` (lib/attempts/answer-credit). */
export interface PartialCount {
  right: number;
  of: number;
}
export interface Revealed {
  correct: boolean;
  partial?: PartialCount;
  answer: Given;
  evidence: Evidence;
}
/** Correct or not, without the key: another attempt could still change the score (issue 8). */
export interface Verdict {
  correct: boolean;
  partial?: PartialCount;
}
/** A verdict (with or without the key), or — when the quiz shows feedback later — just the server's word that the
 * answer is saved. */
export type Result = Revealed | Verdict | { hidden: true };
export type ServerResponse = { questionId: string; given: Given } & Result;

export interface Rules {
  isAssignment: boolean;
  feedback: "immediate" | "after_submit" | "after_due";
  /** Verdicts and score. */
  canReveal: boolean;
  /** Keys and evidence. */
  canShowKeys: boolean;
  /** The attempt's phase and the teacher's review options (absent in a session saved by an older version). */
  review?: ReviewRules;
  deadlineAt: string | null;
  dueAt: string | null;
  /** The server's clock when it stated these rules (a device clock far off is corrected by it). */
  serverNow?: string;
  /** The warning period before the end: the only time more time can be asked for (WCAG 2.2.1). */
  warningMs: number | null;
  /** What one extension adds. */
  extensionMs: number | null;
  /** Extensions are left. */
  canExtend: boolean;
}
export type ReviewShow = "verdict" | "keys";
export interface ReviewRules {
  phase: "during" | "after_submit" | "after_close";
  during: ReviewShow;
  afterSubmit: ReviewShow;
  afterClose: ReviewShow;
}
export interface ServerAttempt {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  /** null while the feedback setting hides scores. */
  score: number | null;
  total: number;
  rules: Rules;
  questions: { id: string }[];
  responses: ServerResponse[];
}

/** The key and its evidence are known. */
export function isRevealed(r: Result | undefined): r is Revealed {
  return r !== undefined && "answer" in r;
}

/** Correct or not is known (with or without the key). */
export function hasVerdict(r: Result | undefined): r is Verdict | Revealed {
  return r !== undefined && "correct" in r;
}

/** Why the server refused an answer: its error code (to show in the student's language) and message. */
export interface AnswerError {
  code: string | null;
  message: string;
}

export interface QuizState {
  attemptId: string;
  questionIds: string[];
  current: number;
  /** Given answers, including drafts not yet submitted. */
  answers: Record<string, Given>;
  /** Server verdicts. */
  results: Record<string, Result>;
  /** Submitted answers the server has not acknowledged yet (offline or in flight), in order. */
  pending: string[];
  /** Answers the server refused (bad shape, attempt closed): the reason, per question. */
  errors: Record<string, AnswerError>;
  score: number | null;
  total: number;
  startedAt: string;
  finishedAt: string | null;
  /** The quiz's rules as the server last stated them (never persisted: the server decides). */
  rules: Rules;
  isOffline: boolean;
  isSyncing: boolean;
}

export interface QuizActions {
  choose: (questionId: string, answer: Given) => void;
  goTo: (index: number) => void;
  submit: (questionId: string) => void;
  reconcile: (server: ServerAttempt) => void;
  applyResult: (r: ServerResponse & { score: number | null; finishedAt: string | null }) => void;
  setDeadline: (deadlineAt: string, canExtend: boolean) => void;
  reject: (questionId: string, error: AnswerError) => void;
  setSync: (s: Partial<Pick<QuizState, "isOffline" | "isSyncing">>) => void;
}

export type QuizStore = ReturnType<typeof createQuizStore>;

const STORE_VERSION = 1;
const storageKey = (attemptId: string) => `fahm-attempt-${attemptId}`;

export function initialQuizState(server: ServerAttempt): QuizState {
  const state: QuizState = {
    attemptId: server.id,
    questionIds: server.questions.map((q) => q.id),
    current: 0,
    answers: {},
    results: {},
    pending: [],
    errors: {},
    score: server.score,
    total: server.total,
    startedAt: server.startedAt,
    finishedAt: server.finishedAt,
    rules: server.rules,
    isOffline: false,
    isSyncing: false,
  };
  const merged = { ...state, ...reconcileState(state, server) };
  // A fresh device opens at the first unanswered question.
  const firstOpen = merged.questionIds.findIndex((id) => !merged.results[id]);
  return { ...merged, current: firstOpen === -1 ? 0 : firstOpen };
}

/** The server's record wins: its responses replace local results and answers, and leave the pending queue. */
export function reconcileState(state: QuizState, server: ServerAttempt): Partial<QuizState> {
  const results = { ...state.results };
  const answers = { ...state.answers };
  const errors = { ...state.errors };
  const acknowledged = new Set<string>();
  for (const r of server.responses) {
    results[r.questionId] = toResult(r);
    answers[r.questionId] = r.given;
    delete errors[r.questionId];
    acknowledged.add(r.questionId);
  }
  // A local result the server does not know about cannot be trusted: drop it and resend the answer.
  const pending = state.pending.filter((id) => !acknowledged.has(id));
  for (const id of Object.keys(results)) {
    if (!acknowledged.has(id)) {
      delete results[id];
      if (answers[id] !== undefined && !pending.includes(id)) pending.push(id);
    }
  }
  return {
    results,
    answers,
    errors,
    pending,
    score: server.score,
    total: server.total,
    finishedAt: server.finishedAt,
    rules: server.rules,
  };
}

function toResult(r: Result): Result {
  const partial = hasVerdict(r) && r.partial ? { partial: r.partial } : {};
  if (isRevealed(r)) return { correct: r.correct, ...partial, answer: r.answer, evidence: r.evidence };
  return hasVerdict(r) ? { correct: r.correct, ...partial } : { hidden: true };
}

export function createQuizStore(server: ServerAttempt) {
  return createStore<QuizState & QuizActions>()(
    persist(
      (set) => ({
        ...initialQuizState(server),
        choose: (questionId, answer) =>
          set((s) =>
            s.results[questionId] || s.pending.includes(questionId)
              ? s
              : { answers: { ...s.answers, [questionId]: answer }, errors: withoutKey(s.errors, questionId) },
          ),
        goTo: (index) => set((s) => ({ current: Math.max(0, Math.min(s.questionIds.length - 1, index)) })),
        submit: (questionId) =>
          set((s) =>
            s.answers[questionId] === undefined || s.results[questionId] || s.pending.includes(questionId)
              ? s
              : { pending: [...s.pending, questionId], errors: withoutKey(s.errors, questionId) },
          ),
        reconcile: (srv) => set((s) => reconcileState(s, srv)),
        applyResult: (r) =>
          set((s) => ({
            results: { ...s.results, [r.questionId]: toResult(r) },
            answers: { ...s.answers, [r.questionId]: r.given },
            pending: s.pending.filter((id) => id !== r.questionId),
            score: r.score,
            finishedAt: r.finishedAt,
          })),
        reject: (questionId, error) =>
          set((s) => ({
            pending: s.pending.filter((id) => id !== questionId),
            errors: { ...s.errors, [questionId]: error },
          })),
        setSync: (sync) => set(sync),
        setDeadline: (deadlineAt, canExtend) => set((s) => ({ rules: { ...s.rules, deadlineAt, canExtend } })),
      }),
      {
        name: storageKey(server.id),
        version: STORE_VERSION,
        storage: createJSONStorage(() => localStorage),
        partialize: (s) => ({
          current: s.current,
          answers: s.answers,
          results: s.results,
          pending: s.pending,
          score: s.score,
          finishedAt: s.finishedAt,
        }),
        migrate: (persisted) => persisted as QuizState, // version 1 is the first; later versions map old shapes here
        skipHydration: true,
      },
    ),
  );
}

/** The record without `key` (the same object when it has none, so subscribers see no change). */
export function withoutKey<T>(obj: Record<string, T>, key: string): Record<string, T> {
  if (!(key in obj)) return obj;
  const copy = { ...obj };
  delete copy[key];
  return copy;
}

export function isAnswered(s: Pick<QuizState, "results" | "pending">, id: string) {
  return Boolean(s.results[id]) || s.pending.includes(id);
}
