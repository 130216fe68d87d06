// Judging answers (used by the server).
import type { GeneratedQuestion } from "./types";
import { editDistance, normalizeForMatch, stripArabicClitics } from "./normalize";

function eqNorm(a: string, b: string): boolean {
  return a === b || normalizeForMatch(a) === normalizeForMatch(b);
}

const EN_NUMBER_WORDS: Record<string, string> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty"
    .split(" ")
    .map((w, i) => [w, String(i)]),
);
Object.assign(EN_NUMBER_WORDS, {
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  seventy: "70",
  eighty: "80",
  ninety: "90",
  hundred: "100",
});
// normalised forms (hamza, teh marbuta → heh, alef maqsura → yeh), masculine and feminine
const AR_NUMBER_WORDS: Record<string, string> = {
  واحد: "1",
  واحده: "1",
  اثنان: "2",
  اثنين: "2",
  اثنتان: "2",
  اثنتين: "2",
  ثلاث: "3",
  ثلاثه: "3",
  اربع: "4",
  اربعه: "4",
  خمس: "5",
  خمسه: "5",
  ست: "6",
  سته: "6",
  سبع: "7",
  سبعه: "7",
  ثماني: "8",
  ثمانيه: "8",
  ثمان: "8",
  تسع: "9",
  تسعه: "9",
  عشر: "10",
  عشره: "10",
  عشرون: "20",
  عشرين: "20",
  ثلاثون: "30",
  ثلاثين: "30",
  اربعون: "40",
  اربعين: "40",
  خمسون: "50",
  خمسين: "50",
  مئه: "100",
  مائه: "100",
  الف: "1000",
};

/** "four hours" ≡ "4 hours", «ثلاثة أيام» ≡ «3 أيام»: number words become digits (on normalised text). */
function numberWordsToDigits(n: string): string {
  return n
    .split(" ")
    .map((w) => EN_NUMBER_WORDS[w] ?? AR_NUMBER_WORDS[w] ?? AR_NUMBER_WORDS[w.replace(/^[وب]/u, "")] ?? w)
    .join(" ");
}

/** A person's name as typed by a student who knows the person: the surname alone ("Okafor" for "Linda Okafor"). */
function isSurnameOf(expected: string, given: string): boolean {
  const raw = expected.trim().split(/\s+/u);
  if (raw.length < 2 || raw.length > 5) return false;
  const latinName = raw.every((w) => /^\p{Lu}/u.test(w) || /^(?:de|van|von|al|el|bin|ibn|da|di|la|le)$/u.test(w));
  const arabicName = raw.every((w) => /^[\u0600-\u06FF]+$/u.test(w));
  if (!latinName && !arabicName) return false;
  const last = normalizeForMatch(raw[raw.length - 1]!);
  const g = normalizeForMatch(given);
  return last.length >= 3 && (g === last || stripArabicClitics(g) === stripArabicClitics(last));
}

/**
 * The other name the evidence gives a term: "Clean Air Zone (CAZ)" ↔ "CAZ", «منظمة الصحة العالمية (WHO)» ↔ "WHO".
 * Only what the article itself defines counts.
 */
function aliasesIn(evidence: string, expected: string): string[] {
  const out: string[] = [];
  const e = normalizeForMatch(expected);
  const re = /([\p{L}\p{M}][\p{L}\p{M}\p{N}'’ .-]{1,80}?)\s*[(（]\s*([^()（）]{2,40}?)\s*[)）]/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(evidence)) !== null) {
    const inner = m[2]!.trim();
    const before = m[1]!.trim();
    const ni = normalizeForMatch(inner);
    if (ni === e)
      out.push(
        before
          .split(/\s+/u)
          .slice(-Math.max(1, inner.replace(/[^\p{Lu}]/gu, "").length || inner.split(/\s+/u).length))
          .join(" "),
      );
    else if (normalizeForMatch(before).endsWith(e)) out.push(inner);
  }
  return out;
}

/** Lenient comparison for typed answers: normalised, leading و/ال stripped, small edit distance, number words. */
export function fuzzyEqual(expected: string, given: string): boolean {
  const e0 = numberWordsToDigits(normalizeForMatch(expected));
  const g0 = numberWordsToDigits(normalizeForMatch(given));
  if (e0.length === 0 || g0.length === 0) return false;
  if (e0 === g0) return true;
  const e = stripArabicClitics(e0).replace(/ /gu, "");
  const g = stripArabicClitics(g0).replace(/ /gu, "");
  if (e.length === 0 || g.length === 0) return false;
  if (e === g) return true;
  // numbers must match exactly
  if (/[0-9]/u.test(e) || /[0-9]/u.test(g))
    return e.replace(/[^0-9.]/gu, "") === g.replace(/[^0-9.]/gu, "") && editDistance(e, g, 1) <= 1;
  const len = Math.max(e.length, g.length);
  const tol = len <= 3 ? 0 : len <= 6 ? 1 : 2;
  return editDistance(e, g, tol) <= tol;
}

/**
 * Judge an answer. `evidence` (the sentence that proves the key) lets a typed answer use a name the article itself
 * gives the key, such as an acronym it defines.
 */
export function checkAnswer(
  q: Pick<GeneratedQuestion, "type" | "answer" | "choices">,
  given: string | string[],
  evidence?: string,
): boolean {
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
        const map: Record<string, string> = {
          true: "true",
          false: "false",
          صح: "true",
          صحيح: "true",
          خطأ: "false",
          خطا: "false",
        };
        return (map[g] ?? g) === ans;
      }
      case "short_answer": {
        if (typeof ans !== "string") return false;
        const g = Array.isArray(given) ? given.join(" ") : given;
        if (typeof g !== "string") return false;
        if (fuzzyEqual(ans, g) || isSurnameOf(ans, g)) return true;
        return typeof evidence === "string" && aliasesIn(evidence, ans).some((alias) => fuzzyEqual(alias, g));
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
