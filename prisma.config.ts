// Prisma 6.19 with the JS (wasm) engine: no engine binary download, so it works offline (see README, "Database").
// One env var picks the database: DATABASE_PROVIDER=sqlite (default) | postgresql (see docs/postgresql.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider } from "./lib/db-provider";

const provider = databaseProvider();
if (provider === "sqlite") process.env.DATABASE_URL ??= "file:./prisma/dev.db"; // the config file turns off .env loading
const dir = provider === "postgresql" ? path.join("prisma", "postgresql") : "prisma";

export default defineConfig({
  schema: path.join(dir, "schema.prisma"),
  migrations: { path: path.join(dir, "migrations"), seed: "tsx prisma/seed.ts" },
  engine: "js",
  experimental: { adapter: true },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is required with DATABASE_PROVIDER=postgresql");
    if (provider === "postgresql") {
      // prisma/orm#27403: the CLI's schema engine cannot read `name`/`char` columns through the pg adapter.
      const { applyPgOidRelabelPatch } = await import("./prisma/postgresql/cli-oid-patch");
      applyPgOidRelabelPatch();
      const { PrismaPg } = await import("@prisma/adapter-pg");
      // allowExitOnIdle: idle pooled connections never keep the CLI process alive. (The CLI still lingers ~10 s after
      // each PostgreSQL command: a timer inside 6.19's wasm schema engine, see docs/postgresql.md.)
      return new PrismaPg({ connectionString: url, allowExitOnIdle: true });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
