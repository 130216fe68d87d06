// The better-sqlite3 adapter, set up so that other processes on the same file (a backup, a DB browser, a second
// server) can slow the app down but never wedge it or make it report an uncommitted write as saved (issue 8).
// No "server-only": the seed and scripts build their client through lib/db-client.ts too.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;
type Transaction = Awaited<ReturnType<Adapter["startTransaction"]>>;
type Query = Parameters<Adapter["executeRaw"]>[0];

/**
 * How long a statement waits for another process's lock before failing with SQLITE_BUSY (then HTTP 503). better-sqlite3
 * waits synchronously, freezing every request of this process meanwhile, so this stays short: long enough for a
 * checkpoint or a short write elsewhere, short enough that a held lock turns into quick 503s the player retries.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 2000;

const sql = (text: string): Query => ({ sql: text, args: [], argTypes: [] });

/**
 * `PrismaBetterSQLite3` plus:
 * - WAL (readers and the writer never block each other) and `synchronous=NORMAL` (safe with WAL against crashes of
 *   the app; the last commits may be lost on power failure), and a busy timeout;
 * - transactions start with `BEGIN IMMEDIATE`: the write lock is taken up front, where waiting for it is safe, instead
 *   of at the first write (a deferred transaction that has read cannot wait for the lock: it fails at once);
 * - a failed COMMIT or ROLLBACK still ends the transaction and frees the adapter's lock. Prisma 6.19 only releases
 *   that lock when COMMIT succeeds, so one SQLITE_BUSY at COMMIT left the connection inside an open transaction and
 *   every later transaction waiting for ever;
 * - a query outside a transaction waits while one is open. The process has one connection, so such a query would
 *   otherwise run inside the open transaction and could see (and report as saved) rows that are then rolled back.
 */
export class HardenedSQLiteAdapter extends PrismaBetterSQLite3 {
  constructor(url: string, busyTimeoutMs = SQLITE_BUSY_TIMEOUT_MS) {
    super({ url, timeout: busyTimeoutMs });
  }

  override async connect(): Promise<Adapter> {
    const adapter = await super.connect();
    try {
      await adapter.executeScript("PRAGMA journal_mode = WAL");
    } catch (err) {
      // Switching needs a moment alone with the file; the mode is stored in the file, so the next start retries.
      console.warn("SQLite: could not switch to WAL (another process holds the database); continuing.", err);
    }
    await adapter.executeScript("PRAGMA synchronous = NORMAL");

    let openTransaction: Promise<void> | null = null;
    const outsideTransaction = async () => {
      while (openTransaction) await openTransaction;
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = async (q) => (await outsideTransaction(), queryRaw(q));
    adapter.executeRaw = async (q) => (await outsideTransaction(), executeRaw(q));
    adapter.startTransaction = async (isolationLevel) => {
      // Holds the adapter's own lock (one transaction at a time) and has run a deferred BEGIN.
      const tx = await startTransaction(isolationLevel);
      try {
        await tx.executeRaw(sql("ROLLBACK"));
        await tx.executeRaw(sql("BEGIN IMMEDIATE"));
      } catch (err) {
        await tx.rollback(); // frees the adapter's lock; no transaction is open
        throw err;
      }
      let end!: () => void;
      openTransaction = new Promise<void>((resolve) => (end = resolve));
      return hardenTransaction(tx, () => {
        openTransaction = null;
        end();
      });
    };
    return adapter;
  }
}

function hardenTransaction(tx: Transaction, onEnd: () => void): Transaction {
  const release = async (finish: () => Promise<void>) => {
    try {
      await finish();
    } finally {
      onEnd();
    }
  };
  return {
    provider: tx.provider,
    adapterName: tx.adapterName,
    options: tx.options,
    queryRaw: (q) => tx.queryRaw(q),
    executeRaw: async (q) => {
      if (q.sql !== "COMMIT" && q.sql !== "ROLLBACK") return tx.executeRaw(q);
      try {
        return await tx.executeRaw(q);
      } catch (err) {
        // Prisma will not call commit()/rollback() after this: end the transaction and free the lock here.
        await tx.executeRaw(sql("ROLLBACK")).catch(() => undefined);
        await release(() => tx.rollback());
        throw err;
      }
    },
    commit: () => release(() => tx.commit()),
    rollback: () => release(() => tx.rollback()),
  };
}
