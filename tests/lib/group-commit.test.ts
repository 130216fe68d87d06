// The app's group commit (lib/group-commit.ts) as the answer path uses it: a synchronous write that returns each
// row's result, and an error that is the same for every row (busy) failing the whole batch without a retry per row.
// The live game's use of it (refusals, batches one at a time, maxBatch) is tested in tests/lib/live/group-commit.test.ts.
import { describe, expect, it } from "vitest";
import { createGroupCommit } from "@/lib/group-commit";

class Busy extends Error {}

/** A synchronous fake store: "dup" is stored once (later ones get "duplicate"), "bad" throws, "busy" throws Busy. */
function fakeStore() {
  const stored: string[] = [];
  const writes: string[][] = [];
  const write = (rows: string[]) => {
    writes.push([...rows]);
    if (rows.includes("busy")) throw new Busy("database is locked");
    if (rows.includes("bad")) throw new Error("constraint failed");
    return rows.map((r) => (stored.includes(r) ? "duplicate" : (stored.push(r), `saved ${r}`)));
  };
  return { stored, writes, write };
}

const settle = <R>(p: Promise<R>) =>
  p.then(
    (r) => r,
    (err: Error) => `error: ${err.message}`,
  );

describe("group commit", () => {
  it("gives each caller its own row's result, after one write for the rows of one moment", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write);
    const results = await Promise.all(["a", "b", "a"].map((r) => q.submit(r)));
    expect(store.writes).toEqual([["a", "b", "a"]]);
    expect(results).toEqual(["saved a", "saved b", "duplicate"]);
    expect(q.stats).toEqual({ batches: 1, rows: 3 });
    expect(q.pending()).toBe(0);
  });

  it("writes the rows of a failed batch again one by one, so only the bad row fails", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write);
    const results = await Promise.all(["a", "bad", "b"].map((r) => settle(q.submit(r))));
    expect(results).toEqual(["saved a", "error: constraint failed", "saved b"]);
    expect(store.writes).toEqual([["a", "bad", "b"], ["a"], ["bad"], ["b"]]);
    expect(store.stored).toEqual(["a", "b"]);
  });

  it("fails every row of a batch at once when retryAlone says the error is not the row's (busy)", async () => {
    const store = fakeStore();
    const q = createGroupCommit(store.write, { retryAlone: (err) => !(err instanceof Busy) });
    const results = await Promise.all(["a", "busy", "b"].map((r) => settle(q.submit(r))));
    expect(results).toEqual(["error: database is locked", "error: database is locked", "error: database is locked"]);
    expect(store.writes).toHaveLength(1); // no row written again: nothing stored, each caller answers "busy"
    expect(store.stored).toEqual([]);
    expect(q.stats).toEqual({ batches: 0, rows: 0 });
    // the next moment's rows go through
    expect(await q.submit("c")).toBe("saved c");
  });
});
