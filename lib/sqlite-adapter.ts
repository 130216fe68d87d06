// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// The better-sqlite3 adapter, set up so that other processes on the same file (a backup, a DB browser, a second
// server) can slow the app down but never wedge it or make it report an uncommitted write as saved (issue 8).
// No "server-only": the seed and scripts build their client through lib/db-client.ts too.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type Database from "better-sqlite3";

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
  #connection: {
    client: Database.Database;
    outsideTransaction: () => Promise<void>;
    isIdle: () => boolean;
  } | null = null;

  /**
   * The connection, if it is open and no transaction is started or open: a synchronous function may use it right now,
   * with no wait (issue 9: the answer path's common case, without withConnection's promises). Null otherwise.
   */
  idleConnection(): Database.Database | null {
    const connection = this.#connection;
    return connection?.isIdle() ? connection.client : null;
  }

  /**
   * Runs `fn` on the adapter's own better-sqlite3 connection, outside any transaction (issue 9: the answer path's
   * cached statements). `fn` is synchronous, so nothing else can use the connection while it runs; a transaction it
   * begins must end before it returns. Null until Prisma has connected (call `$connect()` first).
   */
  async withConnection<T>(fn: (client: Database.Database) => T): Promise<T | null> {
    const connection = this.#connection;
    if (!connection) return null;
    await connection.outsideTransaction();
    return fn(connection.client);
  }

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

    // Transactions started or open on the connection; queries outside them (Prisma's and `withConnection`'s) wait
    // until none is. Counted from the moment a transaction is asked for, before its BEGIN runs, so nothing slips in
    // between the BEGIN and the moment the transaction is known to be open.
    let transactions = 0;
    let idle: Array<() => void> = [];
    const outsideTransaction = async () => {
      while (transactions > 0) await new Promise<void>((resolve) => idle.push(resolve));
    };
    const endTransaction = () => {
      transactions--;
      if (transactions > 0) return;
      const waiting = idle;
      idle = [];
      for (const resolve of waiting) resolve();
    };
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = async (q) => (await outsideTransaction(), queryRaw(q));
    adapter.executeRaw = async (q) => (await outsideTransaction(), executeRaw(q));
    adapter.startTransaction = async (isolationLevel) => {
      transactions++;
      let tx: Transaction;
      try {
        // Holds the adapter's own lock (one transaction at a time) and has run a deferred BEGIN.
        tx = await startTransaction(isolationLevel);
      } catch (err) {
        endTransaction();
        throw err;
      }
      try {
        await tx.executeRaw(sql("ROLLBACK"));
        await tx.executeRaw(sql("BEGIN IMMEDIATE"));
      } catch (err) {
        await tx.rollback(); // frees the adapter's lock; no transaction is open
        endTransaction();
        throw err;
      }
      let ended = false;
      return hardenTransaction(tx, () => {
        if (!ended) endTransaction();
        ended = true;
      });
    };
    this.#connection = {
      client: (adapter as unknown as { client: Database.Database }).client,
      outsideTransaction,
      isIdle: () => transactions === 0,
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
