// The SQLite file is readable by its owner only (issue 8: it was world-readable), and SQLite's side files follow it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restrictSqliteFile } from "@/lib/db-client";

describe("the database file", () => {
  it("is made owner-only before the first connection", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-mode-"));
    const file = path.join(dir, "app.db");
    fs.writeFileSync(file, "", { mode: 0o644 });
    restrictSqliteFile(`file:${file}`);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
  });
  it("leaves a file that does not exist yet, and in-memory databases, alone", () => {
    expect(() => restrictSqliteFile("file:/nonexistent/dir/app.db")).not.toThrow();
    expect(() => restrictSqliteFile("file::memory:")).not.toThrow();
  });
});
