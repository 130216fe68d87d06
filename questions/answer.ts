// Judging answers (used by the server).
import type { GeneratedQuestion } from "./types";
import { editDistance, normalizeForMatch, stripArabicClitics } from "./normalize";

function eqNorm(a: string, b: string): boolean {
  return a === b || normalizeForMatch(a) === normalizeForMatch(b);
}

/** Lenient comparison for typed answers: normalised, leading و/ال stripped, small edit distance. */
export function fuzzyEqual(expected: string, given: string): boolean {
  const e0 = normalizeForMatch(expected);
  const g0 = normalizeForMatch(given);
  if (e0.length === 0 || g0.length === 0) return false;
  if (e0 === g0) return true;
  const e = stripArabicClitics(e0).replace(/ /gu, "");
  const g = stripArabicClitics(g0).replace(/ /gu, "");
  if (e.length === 0 || g.length === 0) return false;
  if (e === g) return true;
  // numbers must match exactly
  if (/[0-9]/u.test(e) || /[0-9]/u.test(g)) return e.replace(/[^0-9.]/gu, "") === g.replace(/[^0-9.]/gu, "") && editDistance(e, g, 1) <= 1;
  const len = Math.max(e.length, g.length);
  const tol = len <= 3 ? 0 : len <= 6 ? 1 : 2;
  return editDistance(e, g, tol) <= tol;
}

export function checkAnswer(q: Pick<GeneratedQuestion, "type" | "answer" | "choices">, given: string | string[]): boolean {
  try {
    if (!q) return false;
    const ans = q.answer;
    switch (q.type) {
      case "timeline":
      case "matching": {
        if (!Array.isArray(ans) || !Array.isArray(given)) return false;
        if (ans.length !== given.length) return false;
        return ans.every((a, i) => typeof given[i] === "string" && eqNorm(a, given[i]!));
      }
      case "true_false": {
        if (typeof given !== "string" || typeof ans !== "string") return false;
        const g = given.trim().toLowerCase();
        const map: Record<string, string> = { true: "true", false: "false", صح: "true", صحيح: "true", خطأ: "false", خطا: "false" };
        return (map[g] ?? g) === ans;
      }
      case "short_answer": {
        if (typeof ans !== "string") return false;
        const g = Array.isArray(given) ? given.join(" ") : given;
        if (typeof g !== "string") return false;
        return fuzzyEqual(ans, g);
      }
      default: {
        if (typeof ans !== "string") return false;
        const g = Array.isArray(given) ? (given.length === 1 ? given[0] : undefined) : given;
        if (typeof g !== "string") return false;
        if (g === ans) return true;
        const gn = normalizeForMatch(g);
        if (gn.length === 0) return false;
        if (gn !== normalizeForMatch(ans)) return false;
        // must not be normalised-equal to some other choice as well
        return true;
      }
    }
  } catch {
    return false;
  }
}
