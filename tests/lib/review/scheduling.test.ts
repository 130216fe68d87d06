// Issue 11: ratings from correctness and time, and FSRS's intervals (pure, with a fixed clock).
import { describe, expect, it } from "vitest";
import { Rating } from "ts-fsrs";
import { deriveRating, FAST_SECONDS, SLOW_SECONDS } from "@/lib/review/rating";
import { dueForecast, streakDays } from "@/lib/review/get-review-progress";
import { isMastered, newCard, rollbackReview, scheduleReview } from "@/lib/review/scheduler";
import { isLoopbackHttpUrl } from "@/lib/review/clock";

const T0 = new Date("2026-03-01T08:00:00Z");
const DAY = 86_400_000;

describe("ratings", () => {
  it("maps wrong → Again, slow → Hard, right → Good, fast → Easy", () => {
    expect(deriveRating({ correct: false, seconds: 2 })).toBe(Rating.Again);
    expect(deriveRating({ correct: false, seconds: 100 })).toBe(Rating.Again);
    expect(deriveRating({ correct: true, seconds: SLOW_SECONDS })).toBe(Rating.Hard);
    expect(deriveRating({ correct: true, seconds: SLOW_SECONDS - 1 })).toBe(Rating.Good);
    expect(deriveRating({ correct: true, seconds: FAST_SECONDS + 1 })).toBe(Rating.Good);
    expect(deriveRating({ correct: true, seconds: FAST_SECONDS })).toBe(Rating.Easy);
    expect(deriveRating({ correct: true, seconds: null })).toBe(Rating.Good);
  });
});

describe("FSRS intervals", () => {
  it("grow on Good and reset on Again", () => {
    let card = newCard(T0);
    let now = T0;
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      card = scheduleReview(card, now, Rating.Good).card;
      intervals.push(card.due.getTime() - now.getTime());
      now = card.due;
    }
    // each Good waits longer than the one before
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]!).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals.at(-1)!).toBeGreaterThan(20 * DAY);
    const lapsed = scheduleReview(card, now, Rating.Again).card;
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due.getTime() - now.getTime()).toBeLessThan(DAY); // back to a relearning step (minutes)
    expect(lapsed.stability).toBeLessThan(card.stability);
  });

  it("a higher desired retention reviews sooner", () => {
    let card = newCard(T0);
    card = scheduleReview(card, T0, Rating.Good).card;
    const at = card.due;
    const low = scheduleReview(card, at, Rating.Good, 0.8).card.due.getTime();
    const high = scheduleReview(card, at, Rating.Good, 0.95).card.due.getTime();
    expect(high).toBeLessThan(low);
  });

  it("rolls a review back to the card it was", () => {
    const first = scheduleReview(newCard(T0), T0, Rating.Good);
    const second = scheduleReview(first.card, first.card.due, Rating.Easy);
    const back = rollbackReview(second.card, second.log);
    expect(back.due).toEqual(first.card.due);
    expect(back.reps).toBe(first.card.reps);
    expect(back.stability).toBeCloseTo(first.card.stability);
  });

  it("keeps every field of a card and of its log, and takes only those from a row", () => {
    const first = scheduleReview(newCard(T0), T0, Rating.Good);
    expect(first.card.lastReview).toEqual(T0);
    expect(Object.keys(first.log).sort()).toEqual(
      [
        "difficulty",
        "due",
        "elapsedDays",
        "lastElapsedDays",
        "learningSteps",
        "rating",
        "review",
        "scheduledDays",
        "stability",
        "state",
      ].sort(),
    );
    expect(first.log).toMatchObject({ rating: Rating.Good, state: 0, due: T0, review: T0 });
    // a database row has more columns than the card: they are not passed on (the result is written back as is)
    const row = { ...first.card, id: "card-1", deviceId: "d1" };
    const second = scheduleReview(row, first.card.due, Rating.Good);
    expect(Object.keys(second.card).sort()).toEqual(Object.keys(first.card).sort());
    expect(rollbackReview(second.card, { ...second.log, id: 7 } as typeof second.log)).toEqual(first.card);
    expect(newCard(T0)).toMatchObject({ due: T0, reps: 0, lapses: 0, state: 0, lastReview: null });
  });

  it("counts mastery only in review state with stability of 21 days or more", () => {
    expect(isMastered({ state: 2, stability: 21 })).toBe(true);
    expect(isMastered({ state: 2, stability: 20.9 })).toBe(false);
    expect(isMastered({ state: 1, stability: 40 })).toBe(false);
  });
});

describe("progress arithmetic", () => {
  it("counts a streak of consecutive days ending today or yesterday", () => {
    expect(streakDays([10, 9, 8, 6], 10)).toBe(3);
    expect(streakDays([9, 8], 10)).toBe(2);
    expect(streakDays([8], 10)).toBe(0);
  });

  it("puts overdue cards on today and ignores those past 30 days", () => {
    const f = dueForecast(
      [new Date(T0.getTime() - 3 * DAY), T0, new Date(T0.getTime() + 2 * DAY), new Date(T0.getTime() + 40 * DAY)],
      T0,
    );
    expect(f).toHaveLength(30);
    expect(f[0]).toEqual({ date: "2026-03-01", count: 2 });
    expect(f[2]!.count).toBe(1);
    expect(f.reduce((n, d) => n + d.count, 0)).toBe(3);
  });
});

describe("the test clock", () => {
  it("is allowed only for loopback http servers", () => {
    expect(isLoopbackHttpUrl("http://127.0.0.1:3302")).toBe(true);
    expect(isLoopbackHttpUrl("http://localhost:3000")).toBe(true);
    expect(isLoopbackHttpUrl("https://fahm.example.org")).toBe(false);
    expect(isLoopbackHttpUrl("http://10.0.0.5:3000")).toBe(false);
    expect(isLoopbackHttpUrl("https://localhost")).toBe(false);
  });
});
