// Group commit for live answers (issue 10): a room answering at once is hundreds of answers a second, and SQLite takes
// one transaction at a time, so one transaction per answer queued them for seconds. Every row handed in while a
// batch is being written waits for the next batch, which takes all of them in one write; each caller is answered
// only once its own row is committed (or refused). One batch is written at a time.
// The write is passed in (no database here), so tests drive it directly.
import "server-only";

/** Writes rows in one transaction; returns each row's refusal (null: stored), in order. */
export type BatchWrite<T> = (rows: T[]) => Promise<(Error | null)[]>;

export interface GroupCommit<T> {
  /** Resolves once the row is committed; rejects with its refusal, or with the write's error. */
  submit(row: T): Promise<void>;
  /** Rows waiting or being written (for tests and diagnostics). */
  pending(): number;
}

export function createGroupCommit<T>(write: BatchWrite<T>, o: { maxBatch?: number } = {}): GroupCommit<T> {
  const maxBatch = o.maxBatch ?? 1000;
  const queue: { row: T; resolve: () => void; reject: (err: unknown) => void }[] = [];
  let inFlight = 0;
  let isFlushing = false;

  async function flush() {
    const batch = queue.splice(0, maxBatch);
    inFlight = batch.length;
    try {
      const refusals = await write(batch.map((b) => b.row));
      batch.forEach((b, i) => (refusals[i] ? b.reject(refusals[i]) : b.resolve()));
    } catch {
      // a bad row (a duplicate, say) fails the whole batch: each row again on its own, so only the bad one is refused
      for (const b of batch) {
        try {
          const [refusal] = await write([b.row]);
          if (refusal) b.reject(refusal);
          else b.resolve();
        } catch (err) {
          b.reject(err);
        }
      }
    }
    inFlight = 0;
    if (queue.length > 0) setImmediate(() => void flush());
    else isFlushing = false;
  }

  return {
    submit(row) {
      return new Promise<void>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (!isFlushing) {
          isFlushing = true;
          // after this tick's other requests have queued theirs
          setImmediate(() => void flush());
        }
      });
    },
    pending: () => queue.length + inFlight,
  };
}

/**
 * At most one call of `fire` per `everyMs` for any number of `poke`s: the first poke schedules it, later pokes before
 * it runs join that call (the "answered" count a projector shows needs a few updates a second, not one per answer).
 */
export function createCoalescer(fire: () => void, everyMs: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    poke() {
      timer ??= setTimeout(() => {
        timer = null;
        fire();
      }, everyMs);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
