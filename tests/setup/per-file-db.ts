// Runs before each test file: points DATABASE_URL at a fresh copy of the migrated base database.
import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";

const base = inject("baseDb");
const copy = path.join(path.dirname(base), `db-${process.pid}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(base, copy);
process.env.DATABASE_URL = `file:${copy}`;
delete (globalThis as { fahmDb?: unknown }).fahmDb;
