// Issue 8: while the database is locked the server answers 503 "busy" (nothing saved). The player must treat that
// like being offline: keep the answer, show it as saved on this device, and send it again — never drop it.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { flushAnswers } from "@/components/quiz/quiz-provider";
import { createQuizStore } from "@/components/quiz/store";
import { serverAttempt } from "../setup/server-attempt";

const server = serverAttempt(2);

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

// Issue 14: the queue's other branches — a conflict (409), another server failure, no network, a refused answer.
describe("the answer queue's other outcomes", () => {
  type Route = (url: string, init?: RequestInit) => Response | Promise<Response>;
  const serve = (route: Route) => {
    const fetch = vi.fn<typeof globalThis.fetch>(async (input, init) => route(String(input), init));
    vi.stubGlobal("fetch", fetch);
    return fetch;
  };
  const posted = (fetch: ReturnType<typeof serve>) =>
    fetch.mock.calls.filter(([, init]) => init?.method === "POST").map(([, init]) => JSON.parse(String(init?.body)));
  const queue = (...ids: string[]) => {
    const store = createQuizStore(server);
    for (const id of ids) {
      store.getState().choose(id, "A");
      store.getState().submit(id);
    }
    return store;
  };

  it("on a 409 takes the server's record: an answer given in another tab counts, without an error", async () => {
    const fetch = serve((url, init) =>
      init?.method === "POST"
        ? Response.json({ error: { code: "already_answered", message: "Already answered." } }, { status: 409 })
        : Response.json({
            ...server,
            score: 1,
            responses: [
              {
                questionId: "q1",
                given: "B",
                correct: true,
                answer: "B",
                evidence: { before: "", text: "Proof.", after: "" },
              },
            ],
          }),
    );
    const store = queue("q1");

    await flushAnswers(store);
    expect(fetch.mock.calls.some(([url, init]) => url === "/api/attempts/a1" && init?.method === undefined)).toBe(true);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().errors).toEqual({});
    expect(store.getState().answers.q1).toBe("B"); // the other tab's answer replaces this one
    expect(store.getState().results.q1).toMatchObject({ correct: true });
    expect(store.getState().score).toBe(1);
  });

  it("on a 409 the server does not resolve (the attempt closed), drops the answer with the server's reason", async () => {
    serve((url, init) =>
      init?.method === "POST"
        ? Response.json({ error: { code: "attempt_closed", message: "Time is up." } }, { status: 409 })
        : Response.json({ ...server, finishedAt: "2026-01-01T00:10:00.000Z" }),
    );
    const store = queue("q1", "q2");

    await flushAnswers(store);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().errors.q1).toEqual({ code: "attempt_closed", message: "Time is up." });
    expect(store.getState().errors.q2).toEqual({ code: "attempt_closed", message: "Time is up." });
    expect(store.getState().finishedAt).toBe("2026-01-01T00:10:00.000Z");
  });

  it("on a 500 keeps the answer queued without an error, and sends it on the next flush", async () => {
    let isBroken = true;
    const fetch = serve((_url, init) =>
      isBroken
        ? new Response("Internal Server Error", { status: 500 })
        : saved((JSON.parse(String(init?.body)) as { questionId: string }).questionId),
    );
    const store = queue("q1", "q2");

    await flushAnswers(store);
    expect(posted(fetch)).toHaveLength(1); // stops at the first failure: q2 is not sent ahead of q1
    expect(store.getState().pending).toEqual(["q1", "q2"]);
    expect(store.getState().errors).toEqual({});
    await vi.advanceTimersByTimeAsync(20_000);
    expect(posted(fetch)).toHaveLength(1); // no Retry-After: only the provider's regular tick retries

    isBroken = false;
    await flushAnswers(store);
    expect(posted(fetch).map((b: { questionId: string }) => b.questionId)).toEqual(["q1", "q1", "q2"]);
    expect(store.getState().pending).toEqual([]);
  });

  it("offline (fetch throws) marks the player offline, keeps the queue, and clears the flag when a send succeeds", async () => {
    let isOnline = false;
    serve((_url, init) => {
      if (!isOnline) throw new TypeError("Failed to fetch");
      return saved((JSON.parse(String(init?.body)) as { questionId: string }).questionId);
    });
    const store = queue("q1");

    await flushAnswers(store);
    expect(store.getState().isOffline).toBe(true);
    expect(store.getState().pending).toEqual(["q1"]);
    expect(store.getState().errors).toEqual({});
    expect(store.getState().isSyncing).toBe(false);

    isOnline = true;
    await flushAnswers(store);
    expect(store.getState().isOffline).toBe(false);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().results.q1).toMatchObject({ correct: true });
  });

  it("a refused answer (4xx) is dropped from the queue with the server's message, and the next one is sent", async () => {
    const fetch = serve((_url, init) => {
      const { questionId } = JSON.parse(String(init?.body)) as { questionId: string };
      return questionId === "q1"
        ? Response.json({ error: { code: "invalid_input", message: "Pick one of the choices." } }, { status: 400 })
        : saved(questionId);
    });
    const store = queue("q1", "q2");

    await flushAnswers(store);
    expect(posted(fetch)).toHaveLength(2);
    expect(store.getState().pending).toEqual([]);
    expect(store.getState().errors.q1).toEqual({ code: "invalid_input", message: "Pick one of the choices." });
    expect(store.getState().results.q2).toMatchObject({ correct: true });
  });
});
