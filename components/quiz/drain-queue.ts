// Sending a queue kept on the device, shared by the quiz's answers (quiz-provider.tsx) and the review's cards
// (components/review/sync.ts) — issue 14: the loop was written in each. One sender at a time, in the order queued;
// offline (fetch throws) or a server in trouble stops the loop, and the caller's retry tick or "online" resumes it.

interface QueueStore {
  getState(): {
    isSyncing: boolean;
    pending: readonly unknown[];
    setSync: (s: { isOffline?: boolean; isSyncing?: boolean }) => void;
  };
}

/** What sending the queue's first item came to: sent or refused (it left the queue: go on), stalled (stop), or none left. */
export type SendResult = "sent" | "stalled" | "empty";

/** Sends the queue's first item with `sendFirst` until none is left or one stalls. */
export async function drainQueue(store: QueueStore, sendFirst: () => Promise<SendResult>): Promise<void> {
  if (store.getState().isSyncing) return; // one sender at a time keeps the order; it re-reads the queue
  store.getState().setSync({ isSyncing: true });
  let isStalled = false;
  try {
    for (;;) {
      const result = await sendFirst();
      if (result === "empty") break;
      if (result === "stalled") {
        isStalled = true;
        break;
      }
    }
  } finally {
    store.getState().setSync({ isSyncing: false });
  }
  // An item queued while the loop was finishing would otherwise wait for the next retry tick.
  if (!isStalled && store.getState().pending.length > 0) await drainQueue(store, sendFirst);
}

/** POSTs one queued item as JSON. Offline (fetch throws): null, and the store says so; else the response. */
export async function postQueued(
  store: QueueStore,
  url: string,
  body: unknown,
  fetchImpl: typeof fetch = fetch,
): Promise<Response | null> {
  let res: Response;
  try {
    res = await fetchImpl(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    store.getState().setSync({ isOffline: true });
    return null;
  }
  store.getState().setSync({ isOffline: false });
  return res;
}
