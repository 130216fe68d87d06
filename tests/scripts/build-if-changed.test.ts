// `npm start` rebuilds only when what the build reads has changed (issue 9): the stamp must follow the app's sources
// and ignore tests and docs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ES module without types
import { sourceStamp } from "../../scripts/build-if-changed.mjs";

const stampOf = sourceStamp as (root: string, env?: Record<string, string>) => string;

function project() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "fahm-stamp-"));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write("package.json", "{}");
  write("app/page.tsx", "export default 1;");
  write("lib/db.ts", "export const db = 1;");
  write("lib/generated/prisma/client.ts", "generated");
  write("tests/a.test.ts", "test");
  write("README.md", "docs");
  return { root, write };
}

describe("the build stamp", () => {
  it("changes with a page, a lib file, the schema, the lockfile or a NEXT_PUBLIC_ variable", () => {
    const { root, write } = project();
    const before = stampOf(root, {});
    expect(stampOf(root, {})).toBe(before);
    for (const [rel, text] of [
      ["app/page.tsx", "export default 2;"],
      ["lib/db.ts", "export const db = 2;"],
      ["prisma/schema.prisma", "model A {}"],
      ["package-lock.json", "{}"],
    ]) {
      const last = stampOf(root, {});
      write(rel!, text!);
      expect(stampOf(root, {})).not.toBe(last);
    }
    const last = stampOf(root, {});
    expect(stampOf(root, { NEXT_PUBLIC_X: "1" })).not.toBe(last);
  });

  it("ignores tests, docs and the generated client", () => {
    const { root, write } = project();
    const before = stampOf(root, {});
    write("tests/a.test.ts", "changed");
    write("README.md", "changed");
    write("lib/generated/prisma/client.ts", "regenerated");
    expect(stampOf(root, {})).toBe(before);
  });
});
