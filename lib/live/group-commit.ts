// The live game's answers go through the app's group commit (lib/group-commit.ts): a room answering at once is
// hundreds of answers a second, and one transaction per answer queued them for seconds. Here a batch's write returns
// each row's refusal (null: stored), and a refused row's caller gets the refusal as its error.
import "server-only";
import { createGroupCommit as createBatchCommit, type GroupCommitOptions } from "@/lib/group-commit";

/** Writes rows in one transaction; returns each row's refusal (null: stored), in order. */
export type BatchWrite<T> = (rows: T[]) => Promise<(Error | null)[]>;

export interface GroupCommit<T> {
  /** Resolves once the row is committed; rejects with its refusal, or with the write's error. */
  submit(row: T): Promise<void>;
  /** Rows waiting or being written (for tests and diagnostics). */
  pending(): number;
}

export function createGroupCommit<T>(write: BatchWrite<T>, o: GroupCommitOptions = {}): GroupCommit<T> {
  const commit = createBatchCommit(write, o);
  return {
    submit: (row) =>
      commit.submit(row).then((refusal) => {
        if (refusal) throw refusal;
      }),
    pending: commit.pending,
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
