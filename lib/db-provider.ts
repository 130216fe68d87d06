// Layer: server, also loaded outside Next (seed, Prisma CLI, proxy): no "server-only" marker, never for the browser.
// Which database Fahm talks to: SQLite (default, one machine) or PostgreSQL (see docs/postgresql.md).
// No "server-only" here: prisma.config.ts (the Prisma CLI) and scripts import it too.

export type DatabaseProvider = "sqlite" | "postgresql";

/**
 * `DATABASE_PROVIDER=sqlite|postgresql` decides; without it, a `postgres://` or `postgresql://` DATABASE_URL means
 * PostgreSQL and anything else SQLite. An unknown value throws rather than silently using the wrong database.
 */
export function databaseProvider(env: NodeJS.ProcessEnv = process.env): DatabaseProvider {
  const explicit = env.DATABASE_PROVIDER?.trim().toLowerCase();
  if (explicit) {
    if (explicit === "sqlite") return "sqlite";
    if (explicit === "postgresql" || explicit === "postgres") return "postgresql";
    throw new Error(`DATABASE_PROVIDER must be "sqlite" or "postgresql", got "${env.DATABASE_PROVIDER}"`);
  }
  return /^postgres(ql)?:\/\//i.test(env.DATABASE_URL ?? "") ? "postgresql" : "sqlite";
}
