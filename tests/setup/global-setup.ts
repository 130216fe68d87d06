// Migrates one base SQLite file per test run; DB tests copy it (tests/setup/db.ts) so they never touch dev.db.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export default function setup() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-test-"));
  const base = path.join(dir, "base.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${base}` },
    stdio: "pipe",
  });
  process.env.FAHM_TEST_BASE_DB = base;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
