// Number spans: figures with currency, units and scale words, percentages, and spelled-out numbers (Arabic and English).
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import {
  AR_UNITS,
  AR_SCALE,
  EN_UNITS,
  AR_WORD_NUMBERS,
  AR_YEAR_CUES,
  AR_HIJRI_MONTHS,
  EN_WORD_NUMBERS,
} from "./lexicon";
import { type Span, type SpanKind, type Token, gapClean } from "./span-common";

/** The second word of an Arabic area or volume unit («متر مربع», «متر مكعب»), normalised. */
const AR_UNIT_SECOND_RE = /^(?:مربع|مربعا|مربعه|مكعب|مكعبا|مكعبه)$/u;
/** A currency's nationality («ريالاً عُمانياً», «دولار أمريكي»): part of the unit, never left after a blank. */
const AR_CURRENCY_NATIONALITY = new Set(
  "أمريكي أميركي عماني سعودي كويتي مصري أردني بحريني قطري إماراتي تونسي جزائري مغربي ليبي عراقي يمني لبناني سوري سوداني كندي أسترالي"
    .split(" ")
    .flatMap((w) => [w, w + "ا", w + "اً", w + "ة"])
    .map((w) => normalizeForMatch(w)),
);
const AR_CURRENCY =
  /^(?:دولار|دولارا|دولارات|ريال|ريالا|ريالات|دينار|دينارا|دنانير|جنيه|جنيها|جنيهات|درهم|درهما|دراهم|ليره|ليرات)$/u;
/** Is `n` the second word of a unit whose first word is `prev` (both normalised)? */
const isUnitSecondWord = (n: string, prev: string) =>
  AR_UNIT_SECOND_RE.test(n) || (AR_CURRENCY.test(prev) && AR_CURRENCY_NATIONALITY.has(n));

const NUM_RE =
  /(?<![\p{L}\p{N}.,])([$€£]\s?)?([0-9\u0660-\u0669\u06F0-\u06F9]{1,3}(?:[,\u066C][0-9\u0660-\u0669\u06F0-\u06F9]{3})+|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.\u066B][0-9\u0660-\u0669\u06F0-\u06F9]+)?)(\s?(?:%|٪|bn|m|k|billion|million|thousand|trillion|percent|per cent)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/gu;

export function extractNumbers(
  s: Sentence,
  toks: Token[],
  lang: Language,
  out: Span[],
  taken: Array<[number, number]>,
): void {
  NUM_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const text = s.text;
  void 0;
  while ((m = NUM_RE.exec(text)) !== null) {
    const start = s.start + m.index;
    let end = start + m[0].length;
    if (taken.some(([a, b]) => start < b && end > a)) continue;
    const tail = text.slice(end - s.start, end - s.start + 4);
    if (/^\s?(?:هـ|ه\s|ه$|ه[،,.)])/u.test(tail) || /^[-–][0-9\u0660-\u0669]/u.test(tail)) continue;
    const numStr = normalizeForMatch(m[2]!).replace(/,/gu, "");
    let value = Number(numStr);
    if (!Number.isFinite(value)) continue;
    let unit = (m[3] ?? "").trim().toLowerCase();
    const cur = (m[1] ?? "").trim();
    const head = text.slice(Math.max(0, m.index - 12), m.index);
    // not quantities: part of a name or code ("Covid-19", "F-35", "SMACS 0723", "NGC 1300"), a zero-padded code,
    // a day of a Hijri month ("26 رمضان")
    if (!cur && !unit) {
      if (/[\p{L}][-–‑]$/u.test(head)) continue;
      if (/^0[0-9]/u.test(numStr)) continue;
      if (lang === "en" && /(?:^|\s)[A-Z][A-Z0-9]+\s$/u.test(head)) continue;
      const nt = toks.find((t) => t.s >= end);
      if (lang === "ar" && nt && AR_HIJRI_MONTHS.has(nt.n) && gapClean(text, end, nt.s, s.start)) continue;
    }
    // a minus sign belongs to the figure ("−233 °C")
    let start0 = start;
    if (!cur && /(?:^|[\s(])[−-]$/u.test(head) && value > 0) {
      start0 = start - 1;
      value = -value;
    }
    // temperatures: "85 °C", "−233 °C"
    const deg = /^\s?°\s?[CFK]?(?![\p{L}])/u.exec(text.slice(end - s.start, end - s.start + 4));
    if (!unit && deg) {
      end += deg[0].length;
      unit = "°" + deg[0].replace(/[\s°]/gu, "").toLowerCase();
    }
    // Arabic unit words after the number: "200 ألف", "10 مليارات دولار", "40 في المئة"
    const ti = toks.findIndex((t) => t.s >= end);
    let kind: SpanKind = unit === "%" || unit === "٪" || unit.startsWith("per") ? "percent" : "number";
    if (ti >= 0) {
      const t1 = toks[ti]!;
      if (lang === "ar") {
        if (
          t1.n === "في" &&
          ti + 1 < toks.length &&
          /^(المئه|الميه|المائه)$/u.test(toks[ti + 1]!.n) &&
          gapClean(text, end, t1.s, s.start)
        ) {
          end = toks[ti + 1]!.e;
          kind = "percent";
          unit = "%";
        } else if (/^(بالمئه|بالمائه|بالميه)$/u.test(t1.n) && gapClean(text, end, t1.s, s.start)) {
          end = t1.e;
          kind = "percent";
          unit = "%";
        } else if (
          AR_UNITS.has(t1.n) &&
          gapClean(text, end, t1.s, s.start) &&
          !(AR_YEAR_CUES.has(t1.n) && ti + 1 < toks.length && /^[0-9]{4}/u.test(toks[ti + 1]!.n))
        ) {
          end = t1.e;
          unit = t1.n;
          if (
            AR_SCALE.has(t1.n) &&
            ti + 1 < toks.length &&
            AR_UNITS.has(toks[ti + 1]!.n) &&
            !AR_SCALE.has(toks[ti + 1]!.n) &&
            !AR_YEAR_CUES.has(toks[ti + 1]!.n) &&
            gapClean(text, t1.e, toks[ti + 1]!.s, s.start)
          ) {
            end = toks[ti + 1]!.e;
            unit += " " + toks[ti + 1]!.n;
          }
          // «متر مكعب», «كيلومتر مربع»: the unit's second word belongs to the key (a blank before «مكعب» reads
          // "million metres" in every option)
          const t3 = toks[end === t1.e ? ti + 1 : ti + 2];
          if (t3 && isUnitSecondWord(t3.n, toks[end === t1.e ? ti : ti + 1]!.n) && gapClean(text, end, t3.s, s.start)) {
            end = t3.e;
            unit += " " + t3.n;
          }
        }
      } else if (
        !unit &&
        /^(percent|billion|million|thousand|trillion)$/u.test(t1.n) &&
        gapClean(text, end, t1.s, s.start)
      ) {
        end = t1.e;
        unit = t1.n;
        if (t1.n === "percent") kind = "percent";
        const t2 = toks[ti + 1];
        if (t2 && EN_UNITS.has(t2.n) && gapClean(text, t1.e, t2.s, s.start)) {
          end = t2.e;
          unit += " " + t2.n;
        }
      } else if (!unit && !cur && EN_UNITS.has(t1.n) && gapClean(text, end, t1.s, s.start)) {
        end = t1.e;
        unit = t1.n;
        // a tally is one figure: "by 243 votes to 187", "won 52 seats to 40"
        const t2 = toks[ti + 1];
        const t3 = toks[ti + 2];
        if (
          (t1.n === "votes" || t1.n === "seats") &&
          t2?.n === "to" &&
          t3 &&
          /^[0-9]+$/u.test(t3.n) &&
          gapClean(text, t1.e, t2.s, s.start) &&
          gapClean(text, t2.e, t3.s, s.start)
        ) {
          end = t3.e;
          unit = t1.n + " to";
          for (const tk of [t2, t3]) taken.push([tk.s, tk.e]);
        }
      }
    }
    // plain 4-digit years are dates, not numbers (handled elsewhere); skip tiny ordinal-like numbers without unit
    if (!unit && !cur && /^[0-9]{4}$/u.test(numStr) && value >= 1800 && value <= 2100) continue;
    if (!unit && !cur && value < 2) continue;
    const t = text.slice(start0 - s.start, end - s.start);
    taken.push([start0, end]);
    out.push({
      kind,
      start: start0,
      end,
      text: t,
      norm: normalizeForMatch(t),
      sent: s.idx,
      value,
      fmt: `${cur}|${unit}|${numStr.includes(".") ? "d" : "i"}`,
    });
  }
  // word numbers ("two", "اثنين")
  for (const t of toks) {
    if (taken.some(([a, b]) => t.s < b && t.e > a)) continue;
    const v = lang === "ar" ? AR_WORD_NUMBERS.get(t.n) : EN_WORD_NUMBERS.get(t.n);
    if (v === undefined) continue;
    const ti = toks.indexOf(t);
    const prevT = ti > 0 ? toks[ti - 1]!.n : "";
    const nextT = ti + 1 < toks.length ? toks[ti + 1]!.n : "";
    if (
      lang === "ar" &&
      (prevT.startsWith("ال") ||
        AR_WORD_NUMBERS.has(prevT) ||
        /^عشر/u.test(nextT) ||
        (/^(?:عشر|عشره)$/u.test(t.n) && /^[0-9]/u.test(prevT)))
    )
      continue;
    if (lang === "ar" && /^(?:عشر)$/u.test(t.n)) continue;
    let we = t.e;
    const nt = toks[ti + 1];
    if (
      nt &&
      gapClean(text, t.e, nt.s, s.start) &&
      (lang === "en" ? EN_UNITS.has(nt.n) : AR_UNITS.has(nt.n) && !AR_SCALE.has(nt.n))
    ) {
      we = nt.e;
      const n2 = toks[ti + 2];
      if (lang === "ar" && n2 && isUnitSecondWord(n2.n, nt.n) && gapClean(text, we, n2.s, s.start)) we = n2.e;
    }
    const wt = text.slice(t.s - s.start, we - s.start);
    out.push({
      kind: "number",
      start: t.s,
      end: we,
      text: wt,
      norm: normalizeForMatch(wt),
      sent: s.idx,
      value: v,
      fmt: we > t.e ? "word|" + normalizeForMatch(nt!.raw) : "word",
    });
  }
}
