// Sends queued reviews to the server one by one, in the order given (issue 11). The server schedules; when it refuses
// a review (the card was reviewed on another device meanwhile, is no longer due, or was suspended) its schedule wins
// and the review is dropped with the reason shown. A network failure stops the loop; it resumes when back online.
import type { ReviewResult, ReviewStore } from "./store";

export const REVIEW_RETRY_MS = 10_000;

export async function flushReviews(store: ReviewStore, fetchImpl: typeof fetch = fetch): Promise<void> {
  if (store.getState().isSyncing) return; // one sender at a time keeps the order
  store.getState().setSync({ isSyncing: true });
  let isStalled = false;
  try {
    for (;;) {
      const s = store.getState();
      const p = s.pending[0];
      if (!p) break;
      let res: Response;
      try {
        res = await fetchImpl(`/api/review/cards/${encodeURIComponent(p.cardId)}/answer`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ answer: p.answer, seconds: p.seconds, clientId: p.clientId, isAhead: p.isAhead }),
        });
      } catch {
        s.setSync({ isOffline: true });
        isStalled = true;
        break;
      }
      s.setSync({ isOffline: false });
      const body = (await res.json().catch(() => null)) as
        (ReviewResult & { error?: { code?: string; message?: string } }) | null;
      if (res.ok && body) s.applyResult(body);
      else if (res.status >= 500) {
        isStalled = true; // kept on the device; the next tick or "online" retries
        break;
      } else
        s.reject(p.cardId, { code: body?.error?.code ?? null, message: body?.error?.message ?? `HTTP ${res.status}` });
    }
  } finally {
    store.getState().setSync({ isSyncing: false });
  }
  if (!isStalled && store.getState().pending.length > 0) await flushReviews(store, fetchImpl);
}
