// Issue 11: reviews given offline are kept in the store (and localStorage), sent in order once back online, and the
// server's word wins: a review it refuses is dropped with its reason; the client computes no schedule of its own.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createReviewStore, mergeCards, REVIEW_STORAGE_KEY, type ReviewCardView } from "@/components/review/store";
import { flushReviews } from "@/components/review/sync";

const card = (id: string): ReviewCardView => ({
  id,
  due: "2026-03-01T00:00:00.000Z",
  article: { id: "a1", title: "Riverside", language: "en" },
  question: { id: `q-${id}`, type: "mcq", prompt: `Prompt ${id}?`, choices: ["A", "B"] },
});
const result = (cardId: string, due = "2026-03-05T00:00:00.000Z") =>
  Response.json({
    cardId,
    reviewId: `r-${cardId}`,
    given: "A",
    correct: true,
    rating: "good",
    answer: "A",
    evidence: { before: "", text: "Proof.", after: "" },
    article: { id: "a1", title: "Riverside", language: "en" },
    due,
    canRerate: false,
  });

let items: Map<string, string>;
beforeEach(() => {
  items = new Map();
  vi.stubGlobal("localStorage", {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  });
});
afterEach(() => vi.unstubAllGlobals());

function answerAll(store: ReturnType<typeof createReviewStore>, ids: string[], t0 = 1_000_000) {
  for (const [i, id] of ids.entries()) {
    store.getState().markShown(id, t0 + i * 20_000);
    store.getState().choose(id, "A");
    store.getState().submit(id, t0 + i * 20_000 + 12_000, `client-${id}`);
    store.getState().next();
  }
}

describe("the offline review queue", () => {
  it("keeps reviews given offline, on the device, and sends them in order once online", async () => {
    const store = createReviewStore({ cards: [card("c1"), card("c2"), card("c3")] });
    const offline = vi.fn<typeof fetch>().mockRejectedValue(new TypeError("Failed to fetch"));
    answerAll(store, ["c1", "c2", "c3"]);
    await flushReviews(store, offline);
    expect(offline).toHaveBeenCalledTimes(1); // stops at the first failure
    expect(store.getState().isOffline).toBe(true);
    expect(store.getState().pending.map((p) => p.cardId)).toEqual(["c1", "c2", "c3"]);
    expect(store.getState().pending[0]).toMatchObject({ seconds: 12, clientId: "client-c1", answer: "A" });
    // survives a reload: a new store rehydrates the queue from localStorage
    expect(JSON.parse(items.get(REVIEW_STORAGE_KEY)!).state.pending).toHaveLength(3);
    const reloaded = createReviewStore({ cards: [] });
    await reloaded.persist.rehydrate();
    expect(reloaded.getState().pending.map((p) => p.cardId)).toEqual(["c1", "c2", "c3"]);

    const sent: string[] = [];
    const online = vi.fn<typeof fetch>().mockImplementation(async (url, init) => {
      const id = String(url).split("/")[4]!;
      sent.push(id);
      expect(JSON.parse(String(init?.body))).toMatchObject({ clientId: `client-${id}` });
      return result(id);
    });
    await flushReviews(reloaded, online);
    expect(sent).toEqual(["c1", "c2", "c3"]);
    expect(reloaded.getState().pending).toEqual([]);
    expect(Object.keys(reloaded.getState().results).sort()).toEqual(["c1", "c2", "c3"]);
    expect(reloaded.getState().isOffline).toBe(false);
    // answered cards start blank if they come back (learn ahead, due again)
    expect(reloaded.getState().answers).toEqual({});
    reloaded.getState().load([card("c1")], true);
    expect(reloaded.getState().answers.c1).toBeUndefined();
    expect(reloaded.getState().currentId).toBe("c1");
  });

  it("takes the server's word: a review refused (reviewed elsewhere) is dropped with its reason; the rest go on", async () => {
    const store = createReviewStore({ cards: [card("c1"), card("c2")] });
    answerAll(store, ["c1", "c2"]);
    const fetchImpl = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(
        Response.json(
          { error: { code: "already_reviewed", message: "This card was reviewed meanwhile." } },
          { status: 409 },
        ),
      )
      .mockResolvedValueOnce(result("c2", "2026-03-09T00:00:00.000Z"));
    await flushReviews(store, fetchImpl);
    const s = store.getState();
    expect(s.pending).toEqual([]);
    expect(s.errors.c1).toEqual({ code: "already_reviewed", message: "This card was reviewed meanwhile." });
    expect(s.results.c1).toBeUndefined();
    // the due date is the server's, as sent
    expect(s.results.c2!.due).toBe("2026-03-09T00:00:00.000Z");
  });

  it("keeps a review through a server error (5xx) and sends it later", async () => {
    const store = createReviewStore({ cards: [card("c1")] });
    answerAll(store, ["c1"]);
    await flushReviews(store, vi.fn<typeof fetch>().mockResolvedValue(new Response("", { status: 503 })));
    expect(store.getState().pending).toHaveLength(1);
    expect(store.getState().errors).toEqual({});
    await flushReviews(store, vi.fn<typeof fetch>().mockResolvedValue(result("c1")));
    expect(store.getState().results.c1).toBeDefined();
  });

  it("a fresh list from the server replaces the local one but keeps queued reviews first", () => {
    const merged = mergeCards(
      {
        cards: [card("old"), card("queued")],
        pending: [{ cardId: "queued", clientId: "x", answer: "A", seconds: 3, isAhead: false }],
        answers: { queued: "A", old: "B" },
      },
      [card("new"), card("queued")],
    );
    expect(merged.cards.map((c) => c.id)).toEqual(["queued", "new"]);
    expect(merged.currentId).toBe("new");
    expect(merged.answers).toEqual({ queued: "A" });
  });

  it("does not queue the same card twice", () => {
    const store = createReviewStore({ cards: [card("c1")] });
    store.getState().choose("c1", "A");
    store.getState().submit("c1", 5_000, "one");
    store.getState().submit("c1", 6_000, "two");
    expect(store.getState().pending.map((p) => p.clientId)).toEqual(["one"]);
  });
});
