// Item analysis statistics for assignment results: pure functions, no database, so they are unit-tested by hand.
// Definitions follow Moodle's quiz statistics report (https://docs.moodle.org/dev/Quiz_statistics_calculations):
// facility = mean item score (0..1); discrimination = Pearson r between the item score and the rest of the quiz.

/** Below this many counted attempts the indices are too noisy to flag a question. */
import "server-only";
export const MIN_ATTEMPTS_FOR_REVIEW = 5;
const FACILITY_LOW = 0.2;
const FACILITY_HIGH = 0.95;

export function mean(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Facility index: the mean score on the item, each student's item score being 0..1. */
export function facility(itemScores: readonly number[]): number | null {
  return mean(itemScores);
}

/** Pearson correlation; null when undefined (fewer than 2 pairs, different lengths, or zero variance on a side). */
export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const mx = mean(xs)!;
  const my = mean(ys)!;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < xs.length; i++) {
    const dx = xs[i]! - mx;
    const dy = ys[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  // Sums of squares of 0/1 scores are exact multiples of 1/n; anything this small is floating-point noise.
  if (sxx < 1e-12 || syy < 1e-12) return null;
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.abs(r) < 1e-12 ? 0 : Math.max(-1, Math.min(1, r));
}

/**
 * Discrimination index (Moodle): the correlation between the item score and the score on the rest of the quiz
 * (the student's total minus this item), across students. `totals[i]` is student i's total over all items.
 */
export function discrimination(itemScores: readonly number[], totals: readonly number[]): number | null {
  if (itemScores.length !== totals.length) return null;
  return pearson(
    itemScores,
    totals.map((t, i) => t - itemScores[i]!),
  );
}

/** Flag a question for review: too hard, too easy, or better students do worse on it — only with enough attempts. */
export function needsReview({
  facility: f,
  discrimination: d,
  attempts,
}: {
  facility: number | null;
  discrimination: number | null;
  attempts: number;
}): boolean {
  if (attempts < MIN_ATTEMPTS_FOR_REVIEW) return false;
  if (f != null && (f < FACILITY_LOW || f > FACILITY_HIGH)) return true;
  return d != null && d < 0;
}

/** How many students got each whole score from 0 to `max` (scores outside are clamped into range). */
export function scoreDistribution(scores: readonly number[], max: number): { score: number; count: number }[] {
  const top = Math.max(0, Math.floor(max));
  const counts = Array.from({ length: top + 1 }, (_, score) => ({ score, count: 0 }));
  for (const s of scores) counts[Math.max(0, Math.min(top, Math.round(s)))]!.count++;
  return counts;
}
