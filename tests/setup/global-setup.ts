// Migrates one base SQLite file per test run; each test file gets its own copy (tests/setup/per-file-db.ts),
// so tests never touch dev.db and never see each other's rows.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseDb: string;
  }
}

export default async function setup(project: TestProject) {
  // lib/generator/run-generator.ts runs the generator from this bundle on worker threads, as in production.
  // @ts-expect-error a plain .mjs script without type declarations
  const { buildGeneratorWorker } = (await import("../../scripts/build-generator-worker.mjs")) as {
    buildGeneratorWorker: () => Promise<string>;
  };
  await buildGeneratorWorker();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-test-"));
  const base = path.join(dir, "base.db");
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${base}` },
    stdio: "pipe",
  });
  project.provide("baseDb", base);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
