// Layer: shared with the browser (client components import it): nothing server-only in here.
// Fair scoring for live games (issue 10). Accuracy only (1,000 a right answer), or accuracy plus a speed bonus as
// Kahoot counts it, round(1000 × (1 − (t/T)/2)): a right answer at once earns 1,000, at the last moment 500. An
// optional streak bonus adds 100 per right answer in a row after the first, at most 500.
// t is measured by the server, from when it sent the question to this player to when the answer arrived, minus the
// player's measured round trip (so a slow phone or network costs nothing), and T is the player's own time limit
// (an accommodation gives more time, and the same share of it counts as "fast").

export type ScoringMode = "accuracy" | "speed";
export const SCORING_MODES: readonly ScoringMode[] = ["accuracy", "speed"];

const MAX_POINTS = 1000;
const STREAK_STEP = 100;
const STREAK_CAP = 500;
/** A round trip longer than this is not believed (a player delaying their pings would win time). */
export const MAX_RTT_CORRECTION_MS = 1500;
/** How many round-trip samples are kept per player (their median is used). */
const RTT_SAMPLES = 5;

/** A player's time limit for one question: the base limit plus their accommodation (percent of it). */
export function playerLimitMs(baseMs: number, extraTimePercent: number): number {
  return Math.round(baseMs * (1 + Math.max(0, extraTimePercent) / 100));
}

/** The median of the recent samples, capped; 0 with no sample. */
export function roundTripMs(samples: readonly number[]): number {
  const s = samples.filter((x) => Number.isFinite(x) && x >= 0).sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return Math.min(MAX_RTT_CORRECTION_MS, median);
}

/** Adds one sample, keeping the newest RTT_SAMPLES. */
export function addRttSample(samples: readonly number[], ms: number): number[] {
  return [...samples, ms].slice(-RTT_SAMPLES);
}

/**
 * The response time the score uses: server receive − server send − time the question was paused − round trip,
 * never below 0 nor above the player's limit.
 */
export function responseTimeMs(o: {
  sentAt: number;
  receivedAt: number;
  pausedMs?: number;
  rttMs: number;
  limitMs: number;
}): number {
  const raw = o.receivedAt - o.sentAt - (o.pausedMs ?? 0) - Math.max(0, o.rttMs);
  return Math.min(Math.max(0, raw), o.limitMs);
}

export interface PointsInput {
  mode: ScoringMode;
  streakBonus: boolean;
  correct: boolean;
  /** Corrected response time and the player's limit (ms). */
  elapsedMs: number;
  limitMs: number;
  /** Right answers in a row before this one. */
  streakBefore: number;
}

export interface PointsResult {
  points: number;
  streak: number;
}

export function scoreAnswer(i: PointsInput): PointsResult {
  if (!i.correct) return { points: 0, streak: 0 };
  const streak = i.streakBefore + 1;
  let points = MAX_POINTS;
  if (i.mode === "speed") {
    const share = i.limitMs > 0 ? Math.min(1, Math.max(0, i.elapsedMs / i.limitMs)) : 0;
    points = Math.round(MAX_POINTS * (1 - share / 2));
  }
  if (i.streakBonus) points += Math.min(STREAK_CAP, STREAK_STEP * (streak - 1));
  return { points, streak };
}

/** 1-based ranks by score (ties share a rank: 1, 2, 2, 4). */
export function rankPlayers<T extends { id: string; score: number }>(players: readonly T[]): Map<string, number> {
  const sorted = [...players].sort((a, b) => b.score - a.score);
  const ranks = new Map<string, number>();
  sorted.forEach((p, i) => {
    const prev = sorted[i - 1];
    ranks.set(p.id, prev && prev.score === p.score ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}
