// Layer: shared with the browser (client components import it): nothing server-only in here.
// How much of a point an answer earns (issue 12): 1 when the checker says it is right; 0 otherwise, unless its quiz
// gives partial credit and it is a matching or timeline question:
// - matching: the share of pairs right (3 of 4 pairs → 0.75);
// - timeline: the longest run of items already in the right relative order, not necessarily next to each other
//   (the "longest ordered subset" of Moodle's Ordering question), over the number of items; one item alone is always
//   "in order" with itself, so a run shorter than 2 earns nothing (a fully reversed order scores 0).
// Pure (no database): the answer path (submit-answer.ts) calls it, and the tests call it directly.
import { normalizeForMatch } from "@/questions/index";

/** How a partly right answer is counted: `right` of `of` pairs (matching) or items in order (timeline). */
export interface PartialCount {
  right: number;
  of: number;
}

export interface AnswerCredit {
  /** 0..1 */
  credit: number;
  /** Matching/timeline under partial credit: how it was counted (also for 0 and 1); null otherwise. */
  count: PartialCount | null;
}

/** The question types partial credit applies to. */
export const PARTIAL_CREDIT_TYPES: readonly string[] = ["matching", "timeline"];

const same = (a: string, b: string) => a === b || normalizeForMatch(a) === normalizeForMatch(b);

/** Pairs right: the given right-hand item for each left item, against the key, position by position. */
export function matchingCount(key: readonly string[], given: readonly string[]): PartialCount {
  const of = key.length;
  if (given.length !== of) return { right: 0, of };
  let right = 0;
  for (let i = 0; i < of; i++) if (same(key[i]!, given[i]!)) right++;
  return { right, of };
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

/**
 * Items in the right relative order: the longest subsequence of the given order that the key also has in that order.
 * Each given item takes the first unused key position that holds the same text, so duplicates keep their order.
 */
export function timelineCount(key: readonly string[], given: readonly string[]): PartialCount {
  const of = key.length;
  if (given.length !== of) return { right: 0, of };
  const used = new Array<boolean>(of).fill(false);
  const positions: number[] = [];
  for (const g of given) {
    const at = key.findIndex((k, i) => !used[i] && same(k, g));
    if (at === -1) continue; // not an item of the key: in no order
    used[at] = true;
    positions.push(at);
  }
  return { right: longestIncreasing(positions), of };
}

/** The credit a partial count earns. A timeline run shorter than 2 (of 2 or more items) is no order at all. */
export function creditOf(type: string, count: PartialCount): number {
  if (count.of === 0) return 0;
  if (count.right >= count.of) return 1;
  if (type === "timeline" && count.right < 2) return 0;
  return count.right / count.of;
}

/** The credit an answer earns; `isCorrect` is the checker's verdict (questions/answer.ts `checkAnswer`). */
export function answerCredit({
  type,
  answer,
  given,
  isCorrect,
  partialCredit,
}: {
  type: string;
  answer: string | string[];
  given: string | string[];
  isCorrect: boolean;
  partialCredit: boolean;
}): AnswerCredit {
  if (!partialCredit || !PARTIAL_CREDIT_TYPES.includes(type) || !Array.isArray(answer) || !Array.isArray(given))
    return { credit: isCorrect ? 1 : 0, count: null };
  const count = type === "matching" ? matchingCount(answer, given) : timelineCount(answer, given);
  if (isCorrect) return { credit: 1, count: { right: count.of, of: count.of } };
  return { credit: creditOf(type, count), count };
}

/** The partial count of a stored answer, from its credit and the number of its items (null: not a partial answer). */
export function partialCountOf(credit: number, given: unknown): PartialCount | null {
  if (!Array.isArray(given) || credit <= 0 || credit >= 1) return null;
  const of = given.length;
  return { right: Math.round(credit * of), of };
}

/** A stored answer's credit: a right verdict is always a full point (whatever wrote the row). */
export function creditOfResponse(r: { correct: boolean; credit: number }): number {
  return r.correct ? 1 : r.credit;
}

/** A score (a sum of credits) as shown and exported: at most 2 decimals, without floating-point noise. */
export function roundScore(score: number): number {
  return Math.round(score * 100) / 100;
}
