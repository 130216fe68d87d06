import { describe, expect, it } from "vitest";
import { discrimination, facility, mean, median, needsReview, pearson, scoreDistribution } from "@/lib/results/stats";

/*
 * Hand-computed example: 5 students × 3 items (1 right, 0 wrong).
 *
 *            item1 item2 item3 | total
 *   S1         1     1     1   |   3
 *   S2         1     1     0   |   2
 *   S3         1     0     1   |   2
 *   S4         0     1     0   |   1
 *   S5         0     0     0   |   0
 *
 * Totals: mean = 8/5 = 1.6; median of [0,1,2,2,3] = 2.
 *
 * item1: x = [1,1,1,0,0], facility = 3/5 = 0.6; rest = total − x = [2,1,1,1,0], mean 1.
 *   dx = [.4,.4,.4,−.6,−.6], dr = [1,0,0,0,−1]
 *   Σdx·dr = .4 + .6 = 1.0; Σdx² = 3(.16) + 2(.36) = 1.2; Σdr² = 2
 *   r = 1.0 / √(1.2 × 2) = 1 / √2.4 = 0.645497…
 * item2: x = [1,1,0,1,0], facility = 0.6; rest = [2,1,2,0,0], mean 1.
 *   dx = [.4,.4,−.6,.4,−.6], dr = [1,0,1,−1,−1]
 *   Σdx·dr = .4 + 0 − .6 − .4 + .6 = 0 → r = 0
 * item3: x = [1,0,1,0,0], facility = 2/5 = 0.4; rest = [2,2,1,1,0], mean 1.2.
 *   dx = [.6,−.4,.6,−.4,−.4], dr = [.8,.8,−.2,−.2,−1.2]
 *   Σdx·dr = .48 − .32 − .12 + .08 + .48 = 0.6; Σdx² = 1.2; Σdr² = .64+.64+.04+.04+1.44 = 2.8
 *   r = 0.6 / √(1.2 × 2.8) = 0.6 / √3.36 = 0.327327…
 */
const items = [
  [1, 1, 1, 0, 0],
  [1, 1, 0, 1, 0],
  [1, 0, 1, 0, 0],
];
const totals = [3, 2, 2, 1, 0];

describe("stats on the hand-computed example", () => {
  it("mean and median of the totals", () => {
    expect(mean(totals)).toBeCloseTo(1.6, 10);
    expect(median(totals)).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(mean([])).toBeNull();
    expect(median([])).toBeNull();
  });

  it("facility index", () => {
    expect(items.map(facility)).toEqual([0.6, 0.6, 0.4]);
  });

  it("discrimination = Pearson(item, total − item)", () => {
    expect(discrimination(items[0]!, totals)).toBeCloseTo(1 / Math.sqrt(2.4), 10);
    expect(discrimination(items[0]!, totals)).toBeCloseTo(0.645497, 6);
    expect(discrimination(items[1]!, totals)).toBe(0);
    expect(discrimination(items[2]!, totals)).toBeCloseTo(0.6 / Math.sqrt(3.36), 10);
    expect(discrimination(items[2]!, totals)).toBeCloseTo(0.327327, 6);
  });

  it("is undefined (null) without variance or data", () => {
    expect(discrimination([1, 1, 1], [2, 3, 1])).toBeNull(); // everyone right
    expect(discrimination([1, 0, 1], [2, 1, 2])).toBeNull(); // rest of quiz constant
    expect(pearson([1], [1])).toBeNull();
    expect(pearson([1, 2], [1])).toBeNull();
  });

  it("detects a question that better students get wrong", () => {
    // Item right only for the two weakest students; rest of quiz = [3,3,2,0,0].
    const item = [0, 0, 0, 1, 1];
    const d = discrimination(item, [3, 3, 2, 1, 1]);
    expect(d).not.toBeNull();
    expect(d!).toBeLessThan(0);
  });

  it("score distribution counts each score from 0 to max", () => {
    expect(scoreDistribution(totals, 3)).toEqual([
      { score: 0, count: 1 },
      { score: 1, count: 1 },
      { score: 2, count: 2 },
      { score: 3, count: 1 },
    ]);
  });
});

describe("needsReview", () => {
  const ok = { facility: 0.6, discrimination: 0.3, attempts: 5 };
  it("flags too hard, too easy and negative discrimination", () => {
    expect(needsReview(ok)).toBe(false);
    expect(needsReview({ ...ok, facility: 0.19 })).toBe(true);
    expect(needsReview({ ...ok, facility: 0.2 })).toBe(false);
    expect(needsReview({ ...ok, facility: 0.95 })).toBe(false);
    expect(needsReview({ ...ok, facility: 0.96 })).toBe(true);
    expect(needsReview({ ...ok, discrimination: -0.01 })).toBe(true);
    expect(needsReview({ ...ok, discrimination: 0 })).toBe(false);
    expect(needsReview({ ...ok, discrimination: null })).toBe(false);
  });
  it("never flags with fewer than 5 attempts", () => {
    expect(needsReview({ facility: 0, discrimination: -1, attempts: 4 })).toBe(false);
    expect(needsReview({ facility: 0, discrimination: -1, attempts: 5 })).toBe(true);
  });
});
