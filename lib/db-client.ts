// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// The one place that constructs a Prisma client (the app's `db`, the seed and tests all come through here).
// SQLite by default; PostgreSQL with DATABASE_PROVIDER=postgresql or a postgres:// URL (docs/postgresql.md). The
// generated client must come from the matching schema (`npm run db:pg:generate` for PostgreSQL).
import fs from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "@/lib/db-provider";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { HardenedSQLiteAdapter } from "@/lib/sqlite-adapter";

/**
 * The SQLite file holds every answer and teacher account: readable by its owner only (issue 8). Set before the first
 * connection, so the -wal and -shm files SQLite creates beside it take the same mode.
 */
export function restrictSqliteFile(url: string): void {
  const file = url.replace(/^file:/u, "").replace(/\?.*$/u, "");
  if (!file || file === ":memory:") return;
  try {
    fs.chmodSync(path.resolve(file), 0o600);
  } catch {
    // not created yet (migrations create it), or not ours to change: nothing to restrict
  }
}

// On the client itself under a global symbol: Next evaluates this module once per server chunk, so a module-level map
// filled by the chunk that made the client would be empty in the others.
const SQLITE_ADAPTER = Symbol.for("fahm.sqliteAdapter");
type WithAdapter = PrismaClient & { [SQLITE_ADAPTER]?: HardenedSQLiteAdapter };

export function createPrismaClient(url: string): PrismaClient {
  const postgres = databaseProvider({ ...process.env, DATABASE_URL: url }) === "postgresql";
  if (postgres) return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  restrictSqliteFile(url);
  const adapter = new HardenedSQLiteAdapter(url); // WAL, busy timeout, BEGIN IMMEDIATE (lib/sqlite-adapter.ts)
  const client = new PrismaClient({ adapter });
  (client as WithAdapter)[SQLITE_ADAPTER] = adapter;
  return client;
}

/** The SQLite adapter under a client made here (its own connection, for cached statements); null on PostgreSQL. */
export function sqliteAdapterOf(client: PrismaClient): HardenedSQLiteAdapter | null {
  return (client as WithAdapter)[SQLITE_ADAPTER] ?? null;
}
export type Db = PrismaClient;
