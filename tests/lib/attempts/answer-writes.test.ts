// Issue 9: what one answer costs the database on SQLite, and the group commit (answers that arrive together share one
// BEGIN IMMEDIATE … COMMIT). Statements are counted on better-sqlite3 itself, as `npm run bench:answers` counts them.
import { createRequire } from "node:module";
import path from "node:path";
import type DatabaseType from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { answerWriteStats } from "@/lib/attempts/answer-sql";
import { startAttempt } from "@/lib/attempts/attempts";
import { submitAnswer } from "@/lib/attempts/submit-answer";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { practiceCardHooks } from "@/lib/review/after-answer";
import { onSqlite } from "@/lib/sqlite-statements";
import { attemptKeys, ENGLISH_ARTICLE, wrongAnswer } from "../../setup/factories";

const Database = createRequire(path.resolve("package.json"))("better-sqlite3") as typeof DatabaseType;
let counting = false;
let statements = 0;
const restore: Array<() => void> = [];
beforeAll(() => {
  const probe = new Database(":memory:");
  const proto = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...a: unknown[]) => unknown>;
  probe.close();
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = proto[method]!;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (counting) statements++;
      return original.apply(this, args);
    };
    restore.push(() => (proto[method] = original));
  }
});
afterAll(() => restore.forEach((r) => r()));

let articleId: string;
beforeEach(async () => {
  articleId = (await createArticle({ title: "Riverside", body: ENGLISH_ARTICLE })).id;
});

async function practiceAttempts(n: number) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const deviceId = crypto.randomUUID();
    const { id } = await startAttempt({ articleId, deviceId, fresh: true });
    out.push({ id, deviceId, qs: await attemptKeys(id) });
  }
  return out;
}

const answerFirst = (a: { id: string; deviceId: string; qs: Array<{ id: string; answer: string | string[] }> }) =>
  submitAnswer({
    attemptId: a.id,
    deviceId: a.deviceId,
    questionId: a.qs[0]!.id,
    answer: a.qs[0]!.answer,
    ...practiceCardHooks, // as the answer route passes them
  });

async function counted<T>(fn: () => Promise<T>): Promise<{ result: T; statements: number }> {
  statements = 0;
  counting = true;
  try {
    const result = await fn();
    return { result, statements };
  } finally {
    counting = false;
  }
}

describe("statements per first practice answer (SQLite)", () => {
  it("runs on the app's connection in WAL mode with synchronous=NORMAL", async () => {
    await db.$connect();
    const pragmas = await onSqlite((client) => ({
      journal: client.pragma("journal_mode", { simple: true }),
      synchronous: Number(client.pragma("synchronous", { simple: true })),
    }));
    expect(pragmas).toEqual({ journal: "wal", synchronous: 1 }); // 1 = NORMAL (2 would be FULL)
  });

  it("one answer alone: read, BEGIN, insert, update, card, card's log, COMMIT — 7 (was 9 with a savepoint)", async () => {
    const [warm, a] = await practiceAttempts(2);
    await answerFirst(warm!); // connects and prepares the statements
    const { result, statements: n } = await counted(() => answerFirst(a!));
    expect(result).toMatchObject({ correct: true, answered: 1 });
    expect(n).toBe(7);
    expect(await db.reviewCard.count({ where: { ownerKey: `d:${a!.deviceId}` } })).toBe(1);
  });

  it("answers arriving together share one commit: fewer statements each, every answer and card stored", async () => {
    const attempts = await practiceAttempts(21);
    await answerFirst(attempts.pop()!);
    const before = { ...answerWriteStats };
    const { result, statements: n } = await counted(() => Promise.all(attempts.map(answerFirst)));
    expect(result).toEqual(attempts.map(() => expect.objectContaining({ correct: true, answered: 1 })));
    const batches = answerWriteStats.batches - before.batches;
    expect(answerWriteStats.rows - before.rows).toBe(20);
    expect(batches).toBeLessThan(20);
    expect(n / 20).toBeLessThan(6);
    const rows = await db.attempt.findMany({
      where: { id: { in: attempts.map((a) => a.id) } },
      select: { answeredCount: true, _count: { select: { responses: true } } },
    });
    expect(rows.map((r) => [r.answeredCount, r._count.responses])).toEqual(attempts.map(() => [1, 1]));
    const cards = await db.reviewCard.findMany({
      where: { ownerKey: { in: attempts.map((a) => `d:${a.deviceId}`) } },
      select: { _count: { select: { logs: true } } },
    });
    expect(cards.map((c) => c._count.logs)).toEqual(attempts.map(() => 1));
  });
});

describe("the group commit keeps every answer's outcome its own", () => {
  it("the same answer sent twice at once is stored once and both get the same verdict; a changed one is a 409", async () => {
    const [a] = await practiceAttempts(1);
    const q = a!.qs[0]!;
    const send = (answer: string | string[]) =>
      submitAnswer({ attemptId: a!.id, deviceId: a!.deviceId, questionId: q.id, answer, ...practiceCardHooks });
    const [one, two, changed] = await Promise.allSettled([send(q.answer), send(q.answer), send(wrongAnswer(q))]);
    expect(one.status === "fulfilled" && two.status === "fulfilled").toBe(true);
    if (one.status !== "fulfilled" || two.status !== "fulfilled") return;
    expect(two.value).toEqual(one.value);
    expect(changed.status === "rejected" && changed.reason instanceof ConflictError).toBe(true);
    expect(await db.response.count({ where: { attemptId: a!.id } })).toBe(1);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: a!.id } })).answeredCount).toBe(1);
  });

  it("a card that fails inside the batch leaves its answer and the others saved; the card is made after it", async () => {
    const attempts = await practiceAttempts(3);
    const failing = attempts[1]!;
    let retried = 0;
    const results = await Promise.all(
      attempts.map((a) =>
        submitAnswer({
          attemptId: a.id,
          deviceId: a.deviceId,
          questionId: a.qs[0]!.id,
          answer: a.qs[0]!.answer,
          onPracticeAnswerInTransaction: (client, saved) => {
            if (a === failing) throw new Error("card failed");
            practiceCardHooks.onPracticeAnswerInTransaction(client, saved);
          },
          onPracticeAnswer: async (saved) => {
            retried++;
            await practiceCardHooks.onPracticeAnswer(saved);
          },
        }),
      ),
    );
    expect(results.map((r) => r.answered)).toEqual([1, 1, 1]);
    expect(retried).toBe(1);
    for (const a of attempts)
      expect(await db.reviewCard.count({ where: { ownerKey: `d:${a.deviceId}` } }), a.deviceId).toBe(1);
  });

  it("a card whose log fails leaves no card without its log (undone inside the transaction)", async () => {
    const [a] = await practiceAttempts(1);
    let retried = 0;
    const result = await submitAnswer({
      attemptId: a!.id,
      deviceId: a!.deviceId,
      questionId: a!.qs[0]!.id,
      answer: a!.qs[0]!.answer,
      // the card goes in, then its log fails (better-sqlite3 cannot bind an object)
      onPracticeAnswerInTransaction: (client, saved) =>
        practiceCardHooks.onPracticeAnswerInTransaction(client, { ...saved, given: {} as unknown as string }),
      onPracticeAnswer: async () => void retried++,
    });
    expect(result.answered).toBe(1);
    expect(retried).toBe(1);
    expect(await db.reviewCard.count({ where: { ownerKey: `d:${a!.deviceId}` } })).toBe(0);
    expect(await db.response.count({ where: { attemptId: a!.id } })).toBe(1);
  });
});
