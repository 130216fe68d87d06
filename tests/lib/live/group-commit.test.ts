import { afterEach, describe, expect, it, vi } from "vitest";
import { createCoalescer, createGroupCommit } from "@/lib/live/group-commit";

/** A fake batch writer: records each batch; rows named "bad" make a batch fail, "refuse" is refused on its own. */
function fakeStore() {
  const batches: string[][] = [];
  const stored: string[] = [];
  let release: (() => void) | null = null;
  let isHeld = false;
  const write = async (rows: string[]) => {
    batches.push([...rows]);
    if (isHeld) await new Promise<void>((r) => (release = r));
    if (rows.length > 1 && rows.includes("bad")) throw new Error("UNIQUE constraint failed");
    if (rows.length === 1 && rows[0] === "bad") throw new Error("UNIQUE constraint failed");
    const refusals = rows.map((r) => (r === "refuse" ? new Error("question_closed") : null));
    stored.push(...rows.filter((_, i) => !refusals[i]));
    return refusals;
  };
  return {
    batches,
    stored,
    write,
    hold: () => (isHeld = true),
    releaseOne: () => {
      isHeld = false;
      release?.();
    },
  };
}

const settle = (p: Promise<void>) =>
  p.then(
    () => "ok",
    (err: Error) => err.message,
  );

describe("live answers: group commit", () => {
  it("writes the answers of one moment in one batch and acknowledges each only after its commit", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write);
    const acked: string[] = [];
    const all = ["a", "b", "c", "d", "e"].map((r) => q.submit(r).then(() => acked.push(r)));
    expect(acked).toEqual([]); // nothing acknowledged before the write
    await Promise.all(all);
    expect(store.batches).toEqual([["a", "b", "c", "d", "e"]]);
    expect(acked.sort()).toEqual(["a", "b", "c", "d", "e"]);
    expect(store.stored).toEqual(["a", "b", "c", "d", "e"]);
    expect(q.pending()).toBe(0);
  });

  it("puts what arrives during a write into the next batch, one batch at a time, and loses nothing", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write);
    store.hold();
    const first = q.submit("a");
    await new Promise((r) => setImmediate(r)); // the first batch is now being written
    expect(store.batches).toEqual([["a"]]);
    const later = ["b", "c", "d"].map((r) => q.submit(r));
    await new Promise((r) => setImmediate(r));
    expect(store.batches).toHaveLength(1); // no second write while the first is in flight
    expect(q.pending()).toBe(4);
    store.releaseOne();
    await Promise.all([first, ...later]);
    expect(store.batches).toEqual([["a"], ["b", "c", "d"]]);
    expect(store.stored).toEqual(["a", "b", "c", "d"]);
  });

  it("splits batches at maxBatch", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write, { maxBatch: 2 });
    await Promise.all(["a", "b", "c", "d", "e"].map((r) => q.submit(r)));
    expect(store.batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(store.stored.sort()).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("refuses only the bad row of a failed batch (each row written again on its own) and per-row refusals", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write);
    const results = await Promise.all(["a", "bad", "refuse", "b"].map((r) => settle(q.submit(r))));
    expect(results).toEqual(["ok", "UNIQUE constraint failed", "question_closed", "ok"]);
    expect(store.stored).toEqual(["a", "b"]);
    // later answers still go through
    await q.submit("c");
    expect(store.stored).toEqual(["a", "b", "c"]);
  });
});

describe("live: coalesced signals", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("fires once for a burst of pokes, and again for pokes after it fired", () => {
    vi.useFakeTimers();
    const fire = vi.fn();
    const c = createCoalescer(fire, 200);
    for (let i = 0; i < 500; i++) c.poke();
    expect(fire).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(fire).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fire).toHaveBeenCalledTimes(1); // nothing new: no call
    c.poke();
    vi.advanceTimersByTime(200);
    expect(fire).toHaveBeenCalledTimes(2);
  });

  it("does not fire after cancel", () => {
    vi.useFakeTimers();
    const fire = vi.fn();
    const c = createCoalescer(fire, 200);
    c.poke();
    c.cancel();
    vi.advanceTimersByTime(1000);
    expect(fire).not.toHaveBeenCalled();
  });
});
