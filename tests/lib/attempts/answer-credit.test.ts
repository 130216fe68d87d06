// Issue 12: partial credit rules for matching (share of pairs right) and timeline (longest ordered subset / n).
import { describe, expect, it } from "vitest";
import { answerCredit, matchingCount, partialCountOf, roundScore, timelineCount } from "@/lib/attempts/answer-credit";

const credit = (type: string, answer: string[], given: string[], partialCredit = true) =>
  answerCredit({ type, answer, given, isCorrect: JSON.stringify(answer) === JSON.stringify(given), partialCredit });

describe("matching credit", () => {
  const key = ["Author", "Editor", "Mayor", "Judge"];
  it("all right is a full point, none right is 0", () => {
    expect(credit("matching", key, key)).toEqual({ credit: 1, count: { right: 4, of: 4 } });
    expect(credit("matching", key, ["Editor", "Author", "Judge", "Mayor"])).toEqual({
      credit: 0,
      count: { right: 0, of: 4 },
    });
  });
  it("counts the pairs right: two swapped of four is half a point, 3 of 4 pairs is 0.75", () => {
    expect(credit("matching", key, ["Editor", "Author", "Mayor", "Judge"]).credit).toBe(0.5);
    // a permutation cannot have exactly n-1 right; with 8 pairs one swap leaves 6 of 8
    const eight = ["a", "b", "c", "d", "e", "f", "g", "h"];
    expect(credit("matching", eight, ["b", "a", "c", "d", "e", "f", "g", "h"]).credit).toBe(0.75);
    // the rule itself, on any list: 3 of 4
    expect(matchingCount(key, ["Author", "Editor", "Mayor", "Author"])).toEqual({ right: 3, of: 4 });
  });
  it("compares like the checker (case and diacritics do not matter)", () => {
    expect(matchingCount(["Mayor", "Judge"], ["mayor", "JUDGE"])).toEqual({ right: 2, of: 2 });
  });
  it("duplicates on the right: swapping two equal items changes nothing", () => {
    expect(matchingCount(["Minister", "Minister", "Judge"], ["Minister", "Minister", "Judge"]).right).toBe(3);
    expect(matchingCount(["Minister", "Judge", "Minister"], ["Judge", "Minister", "Minister"]).right).toBe(1);
  });
  it("one pair: right or wrong, nothing between", () => {
    expect(credit("matching", ["x"], ["x"]).credit).toBe(1);
    expect(credit("matching", ["x"], ["y"]).credit).toBe(0);
  });
  it("a list of the wrong length earns nothing", () => {
    expect(matchingCount(key, ["Author"])).toEqual({ right: 0, of: 4 });
  });
});

describe("timeline credit (longest ordered subset)", () => {
  const key = ["1990", "1998", "2004", "2012"];
  it("the right order is a full point; fully reversed is 0", () => {
    expect(credit("timeline", key, key).credit).toBe(1);
    expect(credit("timeline", key, [...key].reverse())).toEqual({ credit: 0, count: { right: 1, of: 4 } });
  });
  it("one event out of place: 3 of 4 in order", () => {
    expect(credit("timeline", key, ["1990", "1998", "2012", "2004"])).toEqual({
      credit: 0.75,
      count: { right: 3, of: 4 },
    });
    // moved from the end to the front: the other three keep their order
    expect(credit("timeline", key, ["2012", "1990", "1998", "2004"]).credit).toBe(0.75);
  });
  it("two pairs swapped: 2 of 4", () => {
    expect(timelineCount(key, ["1998", "1990", "2012", "2004"])).toEqual({ right: 2, of: 4 });
    expect(credit("timeline", key, ["1998", "1990", "2012", "2004"]).credit).toBe(0.5);
  });
  it("two items swapped is 0 (one item alone is no order)", () => {
    expect(credit("timeline", ["a", "b"], ["b", "a"]).credit).toBe(0);
  });
  it("one item is always in order", () => {
    expect(credit("timeline", ["only"], ["only"]).credit).toBe(1);
  });
  it("duplicate items keep their order", () => {
    expect(timelineCount(["a", "b", "b", "c"], ["a", "b", "b", "c"]).right).toBe(4);
    expect(timelineCount(["a", "b", "b", "c"], ["b", "a", "b", "c"]).right).toBe(3);
  });
  it("an item not in the key is in no order", () => {
    expect(timelineCount(["a", "b", "c"], ["a", "zzz", "c"]).right).toBe(2);
  });
});

describe("answerCredit", () => {
  it("off (the default): all or nothing", () => {
    expect(credit("timeline", ["a", "b", "c", "d"], ["a", "b", "d", "c"], false)).toEqual({ credit: 0, count: null });
    expect(credit("matching", ["a", "b"], ["a", "b"], false)).toEqual({ credit: 1, count: null });
  });
  it("other question types are never partly right", () => {
    expect(answerCredit({ type: "mcq", answer: "A", given: "B", isCorrect: false, partialCredit: true })).toEqual({
      credit: 0,
      count: null,
    });
  });
  it("a stored credit gives back the count shown to the student", () => {
    expect(partialCountOf(0.75, ["a", "b", "c", "d"])).toEqual({ right: 3, of: 4 });
    expect(partialCountOf(1, ["a"])).toBeNull();
    expect(partialCountOf(0, ["a", "b"])).toBeNull();
    expect(partialCountOf(0.5, "text")).toBeNull();
  });
  it("scores are rounded to 2 decimals without float noise", () => {
    expect(roundScore(1 / 3 + 1 / 3 + 1 / 3)).toBe(1);
    expect(roundScore(0.1 + 0.2)).toBe(0.3);
    expect(roundScore(2 / 3)).toBe(0.67);
  });
});
