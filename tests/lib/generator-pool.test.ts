// Issue 8, item 6: the generator runs on worker threads with a time budget, so a huge paste never blocks the thread
// that serves everyone else, and one that runs too long fails cleanly.
import path from "node:path";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { db } from "@/lib/db";
import {
  createGeneratorPool,
  GenerationTimeoutError,
  runGenerator,
  type GeneratorPool,
} from "@/lib/generator/run-generator";
import { generateQuestions } from "@/questions/index";
import { ENGLISH_ARTICLE } from "../setup/factories";

const SLOW = path.resolve("tests/fixtures/workers/slow-generator.mjs");
const slow = createGeneratorPool({ filename: SLOW, budgetMs: 1_500, maxThreads: 1 });
afterAll(() => slow.destroy());

type SlowResult = { notice: string; threadId: number };

describe("the generator pool", () => {
  it("gives the same questions as the generator itself (the bundled worker)", async () => {
    const viaPool = await runGenerator(ENGLISH_ARTICLE, { count: 12 });
    expect(viaPool).toEqual(generateQuestions(ENGLISH_ARTICLE, { count: 12 }));
  });

  it("runs generation on another thread", async () => {
    const r = (await slow.run("hi", {})) as unknown as SlowResult;
    expect(r.threadId).not.toBe(threadId);
  });

  it("keeps this thread free while a long generation runs", async () => {
    const events: string[] = [];
    const long = slow.run("long", { spinMs: 800 } as never).then(() => events.push("generation done"));
    // A request arriving meanwhile: served by this thread's event loop before the generation ends.
    await new Promise<void>((resolve) => setTimeout(resolve, 50));
    events.push("other request served");
    await long;
    expect(events).toEqual(["other request served", "generation done"]);
  });

  it("aborts a generation past its budget with generation_timeout and stops its thread (one thread, and the next task runs)", async () => {
    const err = await slow.run("huge", { spinMs: 60_000 } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(GenerationTimeoutError);
    expect(err).toMatchObject({ status: 503, code: "generation_timeout" });
    const next = (await slow.run("next", {})) as unknown as SlowResult;
    expect(next.notice).toBe("next");
  });
});

describe("a paste whose generation runs out of time", () => {
  it("fails with generation_timeout and saves nothing", async () => {
    // The process-wide pool, swapped for one running the stand-in with a short budget (the worker is the boundary).
    const slot = globalThis as unknown as { fahmGeneratorPool?: GeneratorPool };
    const real = slot.fahmGeneratorPool;
    slot.fahmGeneratorPool = createGeneratorPool({ filename: SLOW, budgetMs: 300, maxThreads: 1 });
    try {
      const before = await db.article.count();
      const err = await createArticle({ title: "Huge", body: "spin 60000 a very long article" }).catch(
        (e: unknown) => e,
      );
      expect(err).toMatchObject({ status: 503, code: "generation_timeout" });
      expect(await db.article.count()).toBe(before);
      expect(await db.question.count({ where: { article: { title: "Huge" } } })).toBe(0);
    } finally {
      await slot.fahmGeneratorPool.destroy();
      slot.fahmGeneratorPool = real;
    }
  });
});
