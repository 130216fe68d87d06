import { describe, expect, it } from "vitest";
import { createBus } from "@/lib/live/bus";

describe("live fan-out bus", () => {
  it("delivers every event, in order, to every subscriber of the topic and to no other", () => {
    const bus = createBus<number>();
    const a: number[] = [];
    const b: number[] = [];
    const other: number[] = [];
    bus.subscribe("game:1", (e) => a.push(e));
    bus.subscribe("game:1", (e) => b.push(e));
    bus.subscribe("game:2", (e) => other.push(e));
    for (let i = 0; i < 100; i++) expect(bus.publish("game:1", i)).toBe(2);
    expect(a).toEqual([...Array(100).keys()]);
    expect(b).toEqual(a);
    expect(other).toEqual([]);
  });

  it("stops delivering after unsubscribe, and forgets empty topics", () => {
    const bus = createBus<string>();
    const got: string[] = [];
    const off = bus.subscribe("t", (e) => got.push(e));
    bus.publish("t", "one");
    off();
    off(); // twice is harmless
    expect(bus.publish("t", "two")).toBe(0);
    expect(got).toEqual(["one"]);
    expect(bus.subscriberCount("t")).toBe(0);
  });

  it("a subscriber that throws is dropped without stopping delivery to the others", () => {
    const bus = createBus<number>();
    const got: number[] = [];
    bus.subscribe("t", () => {
      throw new Error("closed stream");
    });
    bus.subscribe("t", (e) => got.push(e));
    expect(bus.publish("t", 1)).toBe(1);
    expect(bus.subscriberCount("t")).toBe(1);
    bus.publish("t", 2);
    expect(got).toEqual([1, 2]);
  });

  it("the same function subscribed twice receives twice, and each unsubscribe removes one", () => {
    const bus = createBus<number>();
    let n = 0;
    const fn = () => void n++;
    const off1 = bus.subscribe("t", fn);
    bus.subscribe("t", fn);
    bus.publish("t", 0);
    expect(n).toBe(2);
    off1();
    bus.publish("t", 0);
    expect(n).toBe(3);
  });

  it("fans out to 2,000 subscribers", () => {
    const bus = createBus<number>();
    const counts = new Array(2000).fill(0);
    counts.forEach((_, i) => bus.subscribe("big", () => counts[i]++));
    for (let q = 0; q < 5; q++) bus.publish("big", q);
    expect(counts.every((c) => c === 5)).toBe(true);
  });
});
