// The app's Prisma client: one per process, cached on globalThis in production too. Next evaluates this module once per
// server chunk, and SQLite wants a single connection per process (two would lock each other out; issue 8); in dev it
// also survives hot reloads.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { fahmDb?: Db };

export const db: Db = (globalForDb.fahmDb ??= createPrismaClient(env.DATABASE_URL));
