// Sends queued reviews to the server one by one, in the order given (issue 11). The server schedules; when it refuses
// a review (the card was reviewed on another device meanwhile, is no longer due, or was suspended) its schedule wins
// and the review is dropped with the reason shown. A network failure stops the loop; it resumes when back online.
import { drainQueue, postQueued } from "@/components/quiz/drain-queue";
import type { ReviewResult, ReviewStore } from "./store";

export const REVIEW_RETRY_MS = 10_000;

export async function flushReviews(store: ReviewStore, fetchImpl: typeof fetch = fetch): Promise<void> {
  await drainQueue(store, async () => {
    const s = store.getState();
    const p = s.pending[0];
    if (!p) return "empty";
    const res = await postQueued(
      store,
      `/api/review/cards/${encodeURIComponent(p.cardId)}/answer`,
      { answer: p.answer, seconds: p.seconds, clientId: p.clientId, isAhead: p.isAhead },
      fetchImpl,
    );
    if (!res) return "stalled";
    const body = (await res.json().catch(() => null)) as
      (ReviewResult & { error?: { code?: string; message?: string } }) | null;
    if (res.ok && body) s.applyResult(body);
    else if (res.status >= 500)
      return "stalled"; // kept on the device; the next tick or "online" retries
    else s.reject(p.cardId, { code: body?.error?.code ?? null, message: body?.error?.message ?? `HTTP ${res.status}` });
    return "sent";
  });
}
