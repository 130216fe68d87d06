// Which database the app, the Prisma CLI and the scripts talk to: getting it wrong would migrate or seed the wrong one.
import { describe, expect, it } from "vitest";
import { databaseProvider } from "@/lib/db-provider";

const provider = (vars: Partial<NodeJS.ProcessEnv>) => databaseProvider({ NODE_ENV: "test", ...vars });

describe("databaseProvider", () => {
  it("is SQLite by default and for a file: URL", () => {
    expect(provider({})).toBe("sqlite");
    expect(provider({ DATABASE_URL: "file:./prisma/dev.db" })).toBe("sqlite");
  });

  it("is PostgreSQL for a postgres:// or postgresql:// URL, in any case", () => {
    expect(provider({ DATABASE_URL: "postgresql://fahm@127.0.0.1:5432/fahm" })).toBe("postgresql");
    expect(provider({ DATABASE_URL: "postgres://fahm@db/fahm" })).toBe("postgresql");
    expect(provider({ DATABASE_URL: "POSTGRES://fahm@db/fahm" })).toBe("postgresql");
    // Only the scheme counts: a SQLite file whose name mentions postgres is still SQLite.
    expect(provider({ DATABASE_URL: "file:./postgres://x.db" })).toBe("sqlite");
  });

  it("lets DATABASE_PROVIDER decide over the URL, whatever its case and spacing", () => {
    expect(provider({ DATABASE_PROVIDER: "postgresql", DATABASE_URL: "file:x.db" })).toBe("postgresql");
    expect(provider({ DATABASE_PROVIDER: " Postgres " })).toBe("postgresql");
    expect(provider({ DATABASE_PROVIDER: "SQLITE", DATABASE_URL: "postgresql://db/fahm" })).toBe("sqlite");
    expect(provider({ DATABASE_PROVIDER: "", DATABASE_URL: "postgresql://db/fahm" })).toBe("postgresql");
  });

  it("refuses an unknown provider rather than silently using the wrong database", () => {
    expect(() => provider({ DATABASE_PROVIDER: "mysql" })).toThrow(/DATABASE_PROVIDER must be .*got "mysql"/);
  });
});
