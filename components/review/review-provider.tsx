"use client";
// Creates the review store once, restores the device's queue from localStorage, lets the server's list of due cards
// win, and sends queued reviews in order when the network returns (and every 10 s while any wait).
import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import {
  createReviewStore,
  type ReviewActions,
  type ReviewCardView,
  type ReviewState,
  type ReviewStore,
} from "./store";
import { flushReviews, REVIEW_RETRY_MS } from "./sync";

const ReviewStoreContext = createContext<ReviewStore | null>(null);

export function ReviewProvider({
  cards: serverCards,
  children,
}: {
  cards: ReviewCardView[];
  children: React.ReactNode;
}) {
  // The list as the page was first served: a later refresh (which updates the header's count) must not restart the
  // session under the student.
  const [cards] = useState(serverCards);
  const [store] = useState(() => createReviewStore({ cards }));
  const [isReady, setIsReady] = useState(false);

  useEffect(() => {
    void (async () => {
      await store.persist.rehydrate();
      store.getState().load(cards, false);
      setIsReady(true);
      await flushReviews(store);
    })();
    const onOnline = () => {
      store.getState().setSync({ isOffline: false });
      void flushReviews(store);
    };
    const onOffline = () => store.getState().setSync({ isOffline: true });
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);
    const timer = window.setInterval(() => {
      if (store.getState().pending.length > 0) void flushReviews(store);
    }, REVIEW_RETRY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      window.clearInterval(timer);
    };
  }, [store, cards]);

  return (
    <ReviewStoreContext.Provider value={store}>
      {isReady ? (
        children
      ) : (
        <p className="muted" role="status">
          …
        </p>
      )}
    </ReviewStoreContext.Provider>
  );
}

export function useReviewStore<T>(selector: (s: ReviewState & ReviewActions) => T): T {
  const store = useContext(ReviewStoreContext);
  if (!store) throw new Error("useReviewStore must be used inside <ReviewProvider>");
  return useStore(store, selector);
}

export function useReviewStoreApi(): ReviewStore {
  const store = useContext(ReviewStoreContext);
  if (!store) throw new Error("useReviewStoreApi must be used inside <ReviewProvider>");
  return store;
}
