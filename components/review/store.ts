// The review session on the client (issue 11): a Zustand store (factory + provider, never a module global),
// persisted to localStorage so reviews given offline survive a reload and are sent in order when the network returns.
// The server is the only scheduler: the client keeps answers and the server's results, and computes no schedule.
import { createJSONStorage, persist } from "zustand/middleware";
import { createStore } from "zustand/vanilla";
import { withoutKey, type Evidence } from "@/components/quiz/store";

export type Given = string | string[];
export interface ReviewCardView {
  id: string;
  due: string;
  /** kind "set": a question set (issue 13), which has no text to read; absent in cards queued before it existed. */
  article: { id: string; title: string; language: string; kind?: string };
  question: { id: string; type: string; prompt: string; choices: string[]; left?: string[] };
}
export interface ReviewResult {
  cardId: string;
  reviewId: string;
  given: Given | null;
  correct: boolean;
  rating: "again" | "hard" | "good" | "easy";
  answer: Given;
  evidence: Evidence;
  article: { id: string; title: string; language: string };
  due: string;
  canRerate: boolean;
}
/** A review given but not yet acknowledged by the server (offline or in flight). */
export interface PendingReview {
  cardId: string;
  /** Sent with the review: a retry of the same review is stored once. */
  clientId: string;
  answer: Given;
  seconds: number;
  isAhead: boolean;
}
export interface ReviewError {
  code: string | null;
  message: string;
}

export interface ReviewState {
  cards: ReviewCardView[];
  /** "Learn ahead": these cards are not due yet, and the reviews say so. */
  isAhead: boolean;
  currentId: string | null;
  answers: Record<string, Given>;
  /** When each card was first shown (ms), for the time the answer took. */
  shownAt: Record<string, number>;
  pending: PendingReview[];
  results: Record<string, ReviewResult>;
  errors: Record<string, ReviewError>;
  suspended: string[];
  isOffline: boolean;
  isSyncing: boolean;
}
export interface ReviewActions {
  load: (cards: ReviewCardView[], isAhead: boolean) => void;
  choose: (cardId: string, answer: Given) => void;
  markShown: (cardId: string, at: number) => void;
  submit: (cardId: string, at: number, clientId: string) => void;
  applyResult: (r: ReviewResult) => void;
  reject: (cardId: string, error: ReviewError) => void;
  markSuspended: (cardId: string) => void;
  next: () => void;
  setSync: (s: Partial<Pick<ReviewState, "isOffline" | "isSyncing">>) => void;
}
export type ReviewStore = ReturnType<typeof createReviewStore>;

const REVIEW_STORE_VERSION = 1;
export const REVIEW_STORAGE_KEY = "fahm-review";

/** Is this card finished for this session (the server answered, the review is queued, or it was refused)? */
export function isSettled(s: Pick<ReviewState, "results" | "pending" | "errors" | "suspended">, cardId: string) {
  return (
    Boolean(s.results[cardId] || s.errors[cardId]) ||
    s.pending.some((p) => p.cardId === cardId) ||
    s.suspended.includes(cardId)
  );
}

/**
 * The server's list of cards wins: its cards replace the local list, except cards whose reviews are still queued on
 * this device (kept, first, so they can be shown as saved and sent in order). Results of earlier sessions go: a card
 * the server lists again is due again.
 */
export function mergeCards(
  state: Pick<ReviewState, "cards" | "pending" | "answers">,
  server: ReviewCardView[],
): Pick<ReviewState, "cards" | "answers" | "results" | "errors" | "currentId" | "suspended"> {
  const queued = new Set(state.pending.map((p) => p.cardId));
  const kept = state.cards.filter((c) => queued.has(c.id));
  const cards = [...kept, ...server.filter((c) => !queued.has(c.id))];
  const answers: Record<string, Given> = {};
  for (const c of cards) if (state.answers[c.id] !== undefined) answers[c.id] = state.answers[c.id]!;
  const currentId = cards.find((c) => !queued.has(c.id))?.id ?? null;
  return { cards, answers, results: {}, errors: {}, suspended: [], currentId };
}

export function createReviewStore(initial: { cards: ReviewCardView[] }, storage = () => localStorage) {
  return createStore<ReviewState & ReviewActions>()(
    persist(
      (set) => ({
        cards: initial.cards,
        isAhead: false,
        currentId: initial.cards[0]?.id ?? null,
        answers: {},
        shownAt: {},
        pending: [],
        results: {},
        errors: {},
        suspended: [],
        isOffline: false,
        isSyncing: false,
        load: (cards, isAhead) =>
          set((s) => {
            const merged = mergeCards(s, cards);
            // only the cards still listed keep their "shown at" (the store is persisted; it must not grow forever)
            const shownAt = Object.fromEntries(
              merged.cards.flatMap((c) => (s.shownAt[c.id] ? [[c.id, s.shownAt[c.id]!]] : [])),
            );
            return { ...merged, shownAt, isAhead };
          }),
        choose: (cardId, answer) =>
          set((s) => (isSettled(s, cardId) ? s : { answers: { ...s.answers, [cardId]: answer } })),
        markShown: (cardId, at) => set((s) => (s.shownAt[cardId] ? s : { shownAt: { ...s.shownAt, [cardId]: at } })),
        submit: (cardId, at, clientId) =>
          set((s) => {
            const answer = s.answers[cardId];
            if (answer === undefined || isSettled(s, cardId)) return s;
            const seconds = Math.max(0, Math.round((at - (s.shownAt[cardId] ?? at)) / 1000));
            return { pending: [...s.pending, { cardId, clientId, answer, seconds, isAhead: s.isAhead }] };
          }),
        // The answer leaves `answers` once the server has it (the result carries it), so a card that comes back
        // (learn ahead, due again) starts blank.
        applyResult: (r) =>
          set((s) => ({
            results: { ...s.results, [r.cardId]: r },
            pending: s.pending.filter((p) => p.cardId !== r.cardId),
            answers: withoutKey(s.answers, r.cardId),
          })),
        reject: (cardId, error) =>
          set((s) => ({
            pending: s.pending.filter((p) => p.cardId !== cardId),
            errors: { ...s.errors, [cardId]: error },
            answers: withoutKey(s.answers, cardId),
          })),
        markSuspended: (cardId) => set((s) => ({ suspended: [...s.suspended, cardId] })),
        next: () =>
          set((s) => {
            const open = s.cards.find((c) => c.id !== s.currentId && !isSettled(s, c.id));
            return { currentId: open?.id ?? null };
          }),
        setSync: (sync) => set(sync),
      }),
      {
        name: REVIEW_STORAGE_KEY,
        version: REVIEW_STORE_VERSION,
        storage: createJSONStorage(storage),
        // Only what must survive a reload: the queue and the cards it needs; results come back from the server.
        partialize: (s) => ({
          cards: s.cards,
          pending: s.pending,
          answers: s.answers,
          shownAt: s.shownAt,
          isAhead: s.isAhead,
        }),
        migrate: (persisted) => persisted as ReviewState,
        skipHydration: true,
      },
    ),
  );
}
