import { describe, expect, it } from "vitest";
import {
  MAX_RTT_CORRECTION_MS,
  addRttSample,
  playerLimitMs,
  rankPlayers,
  responseTimeMs,
  roundTripMs,
  scoreAnswer,
} from "@/lib/live/scoring";

const base = { streakBonus: false, limitMs: 20_000, streakBefore: 0 } as const;

describe("live scoring", () => {
  it("accuracy only: 1000 for a right answer whatever the time, 0 for a wrong one", () => {
    expect(scoreAnswer({ ...base, mode: "accuracy", correct: true, elapsedMs: 0 }).points).toBe(1000);
    expect(scoreAnswer({ ...base, mode: "accuracy", correct: true, elapsedMs: 19_999 }).points).toBe(1000);
    expect(scoreAnswer({ ...base, mode: "accuracy", correct: false, elapsedMs: 0 }).points).toBe(0);
  });

  it("speed bonus: round(1000 × (1 − (t/T)/2))", () => {
    const at = (t: number) => scoreAnswer({ ...base, mode: "speed", correct: true, elapsedMs: t }).points;
    expect(at(0)).toBe(1000);
    expect(at(10_000)).toBe(750);
    expect(at(20_000)).toBe(500);
    expect(at(3_333)).toBe(Math.round(1000 * (1 - 3_333 / 20_000 / 2)));
    expect(at(50_000)).toBe(500); // never below half
    expect(scoreAnswer({ ...base, mode: "speed", correct: false, elapsedMs: 0 }).points).toBe(0);
  });

  it("streak bonus: +100 per right answer in a row after the first, at most +500, reset by a wrong answer", () => {
    const s = (streakBefore: number, correct = true) =>
      scoreAnswer({ ...base, mode: "accuracy", streakBonus: true, correct, elapsedMs: 0, streakBefore });
    expect(s(0)).toEqual({ points: 1000, streak: 1 });
    expect(s(1)).toEqual({ points: 1100, streak: 2 });
    expect(s(3)).toEqual({ points: 1300, streak: 4 });
    expect(s(10)).toEqual({ points: 1500, streak: 11 });
    expect(s(4, false)).toEqual({ points: 0, streak: 0 });
    // without the option a streak is counted but earns nothing
    expect(scoreAnswer({ ...base, mode: "accuracy", correct: true, elapsedMs: 0, streakBefore: 4 })).toEqual({
      points: 1000,
      streak: 5,
    });
  });

  it("a slow network is not penalised: the round trip is taken off the measured time", () => {
    const sentAt = 1_000;
    // the same 4 s of thinking, on a fast and on a slow connection
    const fast = responseTimeMs({ sentAt, receivedAt: sentAt + 4_000 + 40, rttMs: 40, limitMs: 20_000 });
    const slow = responseTimeMs({ sentAt, receivedAt: sentAt + 4_000 + 900, rttMs: 900, limitMs: 20_000 });
    expect(fast).toBe(4_000);
    expect(slow).toBe(4_000);
    const pts = (t: number) => scoreAnswer({ ...base, mode: "speed", correct: true, elapsedMs: t }).points;
    expect(pts(slow)).toBe(pts(fast));
  });

  it("paused time does not count, and the time stays within 0..limit", () => {
    expect(responseTimeMs({ sentAt: 0, receivedAt: 30_000, pausedMs: 25_000, rttMs: 0, limitMs: 20_000 })).toBe(5_000);
    expect(responseTimeMs({ sentAt: 0, receivedAt: 100, rttMs: 500, limitMs: 20_000 })).toBe(0);
    expect(responseTimeMs({ sentAt: 0, receivedAt: 90_000, rttMs: 0, limitMs: 20_000 })).toBe(20_000);
  });

  it("round trip: median of the newest samples, capped so delayed pings cannot buy time", () => {
    expect(roundTripMs([])).toBe(0);
    expect(roundTripMs([100, 30, 50])).toBe(50);
    expect(roundTripMs([100, 200])).toBe(150);
    expect(roundTripMs([9_000, 9_000, 9_000])).toBe(MAX_RTT_CORRECTION_MS);
    let s: number[] = [];
    for (const x of [1, 2, 3, 4, 5, 6, 7]) s = addRttSample(s, x);
    expect(s).toEqual([3, 4, 5, 6, 7]);
  });

  it("an accommodation gives more time, and the same answer time then costs fewer speed points", () => {
    expect(playerLimitMs(20_000, 0)).toBe(20_000);
    expect(playerLimitMs(20_000, 50)).toBe(30_000);
    expect(playerLimitMs(20_000, 100)).toBe(40_000);
    const withAcc = scoreAnswer({ ...base, mode: "speed", correct: true, elapsedMs: 20_000, limitMs: 40_000 }).points;
    const without = scoreAnswer({ ...base, mode: "speed", correct: true, elapsedMs: 20_000, limitMs: 20_000 }).points;
    expect(withAcc).toBe(750);
    expect(without).toBe(500);
  });

  it("ranks by score, ties share a rank", () => {
    const r = rankPlayers([
      { id: "a", score: 500 },
      { id: "b", score: 2000 },
      { id: "c", score: 500 },
      { id: "d", score: 0 },
    ]);
    expect([...r.entries()].sort()).toEqual([
      ["a", 2],
      ["b", 1],
      ["c", 2],
      ["d", 4],
    ]);
  });
});
