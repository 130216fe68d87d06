// The app's Prisma client, cached on globalThis outside production so dev hot-reloads reuse one connection.
import "server-only";
import { createPrismaClient, type Db } from "@/lib/db-client";
import { env } from "@/lib/env";

const globalForDb = globalThis as unknown as { fahmDb?: Db };

export const db: Db = globalForDb.fahmDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForDb.fahmDb = db;
