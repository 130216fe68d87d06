// Cached better-sqlite3 statements on the app's own SQLite connection, for the few hot paths where Prisma's query
// compiler costs more than the SQL (issue 9: the answer path and the practice answer's review card). On PostgreSQL
// `onSqlite` returns undefined and the caller runs its Prisma (or raw SQL) path instead.
import "server-only";
import type Database from "better-sqlite3";
import { db } from "@/lib/db";
import { sqliteAdapterOf } from "@/lib/db-client";
import { databaseProvider } from "@/lib/db-provider";

/** SQLite stores Prisma's DateTime as ISO text with "+00:00" (the adapter's default format); Prisma reads it back. */
export const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

/** Prepared once per connection: better-sqlite3 statements are reusable, and preparing is much of a query's cost. */
const statementCache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
export function statement(client: Database.Database, sql: string): Database.Statement {
  let cache = statementCache.get(client);
  if (!cache) statementCache.set(client, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = client.prepare(sql);
    if (stmt.reader) stmt.safeIntegers(false); // the adapter turns on BigInt integers for the whole connection
    cache.set(sql, stmt);
  }
  return stmt;
}

/** True when the app's database is SQLite (its client carries the SQLite adapter); no environment read per call. */
export const onSqliteDatabase = () => sqliteAdapterOf(db) !== null;

/**
 * Runs `fn` on the adapter's connection outside any Prisma transaction (lib/sqlite-adapter.ts `withConnection`);
 * undefined on PostgreSQL. `fn` is synchronous: nothing else uses the connection while it runs.
 */
export async function onSqlite<T>(fn: (client: Database.Database) => T): Promise<T | undefined> {
  const adapter = sqliteAdapterOf(db);
  if (!adapter) {
    if (databaseProvider() === "postgresql") return undefined;
    throw new Error("SQLite: the Prisma client was not made by lib/db-client.ts");
  }
  // the common case: connected, no transaction open — run now (no promise to wait for)
  const idle = adapter.idleConnection();
  if (idle) return fn(idle);
  // boxed: withConnection's null means "not connected yet", and fn may return null itself
  const run = (client: Database.Database) => ({ value: fn(client) });
  const done = await adapter.withConnection(run);
  if (done !== null) return done.value;
  await db.$connect(); // the adapter connects lazily, on the client's first query
  const again = await adapter.withConnection(run);
  if (again === null) throw new Error("SQLite connection unavailable");
  return again.value;
}

/**
 * `fn` inside BEGIN IMMEDIATE … COMMIT on `client`, rolled back when it throws. Never leaves the shared connection
 * inside a transaction (a failed COMMIT may leave it open).
 */
export function immediateTransaction<T>(client: Database.Database, fn: () => T): T {
  statement(client, "BEGIN IMMEDIATE").run();
  try {
    const result = fn();
    statement(client, "COMMIT").run();
    return result;
  } catch (err) {
    if (client.inTransaction) client.prepare("ROLLBACK").run();
    throw err;
  }
}
