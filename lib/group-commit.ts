// Group commit (issues 9 and 10): writes that arrive together share one transaction. With a class answering at once,
// SQLite takes one transaction at a time and each commit is a WAL write: one transaction per answer queued them;
// one per batch pays BEGIN/COMMIT and the WAL write once. Used by the practice/quiz answer (lib/attempts/answer-sql.ts)
// and the live game's answer (lib/live/group-commit.ts → play-game.ts).
// - Rows handed in during one turn of the event loop are written together (flushed on setImmediate, after the turn's
//   other requests have queued theirs); rows handed in while a batch is being written wait for the next batch. One
//   batch is written at a time, at most `maxBatch` rows.
// - Each caller is answered only once its own row is committed: with its row's result, or with the write's error.
// - A batch whose write throws stored nothing (the write's transaction rolled back): each of its rows is written
//   again on its own, so a bad row (a duplicate, say) is refused alone — unless `retryAlone(err)` says the error is
//   the same for any row (the database is busy): then every row of the batch gets it.
// The write is passed in (no database here), so tests drive it directly.
import "server-only";

/** Writes rows in one transaction and returns each row's result, in order; throws if nothing was stored. */
export type BatchWrite<T, R> = (rows: T[]) => R[] | Promise<R[]>;

export interface GroupCommitOptions {
  /** The most rows in one transaction (default 1,000). */
  maxBatch?: number;
  /** Whether the rows of a batch that failed with `err` are each written again alone (default: always). */
  retryAlone?: (err: unknown) => boolean;
}

export interface GroupCommit<T, R> {
  /** Resolves with the row's result once it is committed; rejects with the write's error. */
  submit(row: T): Promise<R>;
  /** Rows waiting or being written (for tests and diagnostics). */
  pending(): number;
  /** Committed batches and the rows in them (tests and the bench: how many rows share a commit). */
  readonly stats: { batches: number; rows: number };
}

interface Waiting<T, R> {
  row: T;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}

export function createGroupCommit<T, R>(write: BatchWrite<T, R>, o: GroupCommitOptions = {}): GroupCommit<T, R> {
  const maxBatch = o.maxBatch ?? 1000;
  const retryAlone = o.retryAlone ?? (() => true);
  const stats = { batches: 0, rows: 0 };
  const queue: Waiting<T, R>[] = [];
  let inFlight = 0;
  let isFlushing = false;

  async function writeBatch(batch: Waiting<T, R>[]) {
    let results: R[];
    try {
      results = await write(batch.map((w) => w.row));
    } catch (err) {
      if (batch.length === 1 || !retryAlone(err)) {
        for (const w of batch) w.reject(err);
        return;
      }
      for (const w of batch) await writeBatch([w]);
      return;
    }
    stats.batches++;
    stats.rows += batch.length;
    batch.forEach((w, i) => w.resolve(results[i] as R));
  }

  async function flush() {
    const batch = queue.splice(0, maxBatch);
    inFlight = batch.length;
    await writeBatch(batch);
    inFlight = 0;
    if (queue.length > 0) setImmediate(() => void flush());
    else isFlushing = false;
  }

  return {
    submit(row) {
      return new Promise<R>((resolve, reject) => {
        queue.push({ row, resolve, reject });
        if (!isFlushing) {
          isFlushing = true;
          setImmediate(() => void flush());
        }
      });
    },
    pending: () => queue.length + inFlight,
    stats,
  };
}
