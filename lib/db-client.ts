// The one place that constructs a Prisma client (the app's `db`, the seed and tests all come through here).
// SQLite by default; PostgreSQL with DATABASE_PROVIDER=postgresql or a postgres:// URL (docs/postgresql.md). The
// generated client must come from the matching schema (`npm run db:pg:generate` for PostgreSQL).
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseProvider } from "@/lib/db-provider";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { HardenedSQLiteAdapter } from "@/lib/sqlite-adapter";

export function createPrismaClient(url: string): PrismaClient {
  const adapter =
    databaseProvider({ ...process.env, DATABASE_URL: url }) === "postgresql"
      ? new PrismaPg({ connectionString: url })
      : new HardenedSQLiteAdapter(url); // WAL, busy timeout, BEGIN IMMEDIATE (lib/sqlite-adapter.ts)
  return new PrismaClient({ adapter });
}
export type Db = PrismaClient;
