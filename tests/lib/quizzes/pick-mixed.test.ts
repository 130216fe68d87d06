import { describe, expect, it } from "vitest";
import { pickMixed } from "@/lib/quizzes/pick-mixed";

const qs = [
  ...Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, type: "mcq", position: i * 2 })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `d${i}`, type: "date", position: i * 5 + 1 })),
  { id: "t0", type: "true_false", position: 7 },
];

describe("pickMixed", () => {
  it("spreads picks across types", () => {
    const ids = pickMixed(qs, 6);
    expect(ids).toHaveLength(6);
    const types = new Set(ids.map((id) => id[0]));
    expect(types).toEqual(new Set(["m", "d", "t"]));
    expect(ids.filter((id) => id.startsWith("d"))).toHaveLength(2);
    expect(ids.filter((id) => id.startsWith("m"))).toHaveLength(3);
  });

  it("spreads a type's picks across the article and returns article order", () => {
    const ids = pickMixed(qs, 6);
    const mcqs = ids.filter((id) => id.startsWith("m"));
    // 3 of 8 mcqs at slice centres: indices floor(0.5·8/3)=1, floor(1.5·8/3)=4, floor(2.5·8/3)=6
    expect(mcqs).toEqual(["m1", "m4", "m6"]);
    const positions = ids.map((id) => qs.find((q) => q.id === id)!.position);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("is deterministic whatever the input order, and caps at the pool", () => {
    expect(pickMixed([...qs].reverse(), 5)).toEqual(pickMixed(qs, 5));
    expect(pickMixed(qs, 100)).toHaveLength(qs.length);
    expect(pickMixed(qs, 0)).toEqual([]);
    expect(pickMixed([], 3)).toEqual([]);
  });
});
