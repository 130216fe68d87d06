// Issue 8: while the database is locked the server answers 503 "busy" (nothing saved). The player must treat that
// like being offline: keep the answer, show it as saved on this device, and send it again — never drop it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushAnswers } from "@/components/quiz/quiz-provider";
import { createQuizStore, type ServerAttempt } from "@/components/quiz/store";

const server: ServerAttempt = {
  id: "a1",
  startedAt: "2026-01-01T00:00:00.000Z",
  finishedAt: null,
  score: 0,
  total: 2,
  rules: {
    isAssignment: false,
    feedback: "immediate",
    canReveal: true,
    canShowKeys: true,
    deadlineAt: null,
    dueAt: null,
    warningMs: null,
    extensionMs: null,
    canExtend: false,
  },
  questions: [{ id: "q1" }, { id: "q2" }],
  responses: [],
};

const busy = () =>
  Response.json(
    { error: { code: "busy", message: "The server is busy and nothing was saved." } },
    { status: 503, headers: { "retry-after": "2" } },
  );
const saved = (questionId: string) =>
  Response.json({
    questionId,
    given: "A",
    correct: true,
    answer: "A",
    evidence: { before: "", text: "Proof.", after: "" },
    score: 1,
    finishedAt: null,
  });

beforeEach(() => {
  const items = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the answer queue when the server is busy", () => {
  it("keeps a 503'd answer as saved on this device, without an error, and retries after Retry-After", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>().mockResolvedValueOnce(busy()).mockResolvedValueOnce(saved("q1"));
    vi.stubGlobal("fetch", fetch);
    const store = createQuizStore(server);
    store.getState().choose("q1", "A");
    store.getState().submit("q1");

    await flushAnswers(store);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.getState().pending).toEqual(["q1"]); // still queued: the player shows "Saved on this device"
    expect(store.getState().errors).toEqual({});
    expect(store.getState().results).toEqual({});
    expect(store.getState().isSyncing).toBe(false);

    await vi.advanceTimersByTimeAsync(2000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().results.q1).toMatchObject({ correct: true });
  });

  it("keeps the order: a later answer waits behind the busy one", async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(busy())
      .mockImplementation(async (_url, init) =>
        saved((JSON.parse(String(init?.body)) as { questionId: string }).questionId),
      );
    vi.stubGlobal("fetch", fetch);
    const store = createQuizStore(server);
    for (const q of ["q1", "q2"]) {
      store.getState().choose(q, "A");
      store.getState().submit(q);
    }
    await flushAnswers(store);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(store.getState().pending).toEqual(["q1", "q2"]);

    await vi.advanceTimersByTimeAsync(2000);
    const sent = fetch.mock.calls.map(
      ([, init]) => (JSON.parse(String(init?.body)) as { questionId: string }).questionId,
    );
    expect(sent).toEqual(["q1", "q1", "q2"]);
    expect(store.getState().pending).toEqual([]);
  });
});
