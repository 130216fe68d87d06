// Issue 9, "Generator: … no request waits on it": while a teacher's 100,000-character article is being turned into
// questions through the real article-creation path (lib/articles/create-article.ts → the bundled generator worker),
// the same process keeps answering HTTP GETs.
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import { createGeneratorPool, type GeneratorPool } from "@/lib/generator/run-generator";
import { BODY_MAX } from "@/lib/validation/article";

/** Real English articles from the corpus, whole lines, up to the longest body a paste may have. */
function longEnglishArticle(): string {
  const dir = path.resolve("tests/fixtures/corpus/en");
  const lines = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => fs.readFileSync(path.join(dir, f), "utf8").split("\n"));
  let body = "";
  for (const line of lines) {
    if (body.length + line.length + 1 > BODY_MAX) break;
    body += line + "\n";
  }
  return body;
}

let server: http.Server;
let url = "";
beforeAll(async () => {
  server = http.createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a 100,000-character article being generated", () => {
  it("does not hold up a GET served by the same process, and is saved with its questions", async () => {
    const body = longEnglishArticle();
    expect(body.length).toBeGreaterThan(BODY_MAX - 2_000);
    // The process-wide pool with the real bundled worker, and a budget a loaded test machine cannot run out of (the
    // production budget is tested in generator-pool.test.ts).
    const slot = globalThis as unknown as { fahmGeneratorPool?: GeneratorPool };
    const real = slot.fahmGeneratorPool;
    const pool = createGeneratorPool({ budgetMs: 120_000, maxThreads: 1 });
    const events: string[] = [];
    let generating = true;
    // the pool createArticle uses, noting when the generation itself (not the save after it) is done
    slot.fahmGeneratorPool = {
      run: async (text, options) => {
        const result = await pool.run(text, options);
        generating = false;
        events.push("questions generated");
        return result;
      },
      destroy: () => pool.destroy(),
    };
    try {
      const creation = createArticle({ title: "A very long paste", body });
      creation.catch(() => (generating = false)); // a failure ends the loop below; `await creation` reports it
      // GETs one after another for as long as the generation runs
      let served = 0;
      while (generating) {
        const res = await fetch(url);
        expect(await res.text()).toBe("ok");
        if (generating) {
          served++;
          if (served === 1) events.push("GET served");
        }
      }
      const article = await creation;
      expect(events).toEqual(["GET served", "questions generated"]);
      expect(served).toBeGreaterThan(1);
      expect(article.language).toBe("en");
      expect(article._count.questions).toBeGreaterThan(0);
      expect(await db.question.count({ where: { articleId: article.id } })).toBe(article._count.questions);
    } finally {
      await slot.fahmGeneratorPool.destroy();
      slot.fahmGeneratorPool = real;
    }
  }, 180_000);
});
