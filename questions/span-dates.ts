// Date spans, Arabic and English: day / month / year (Arabic month names of every system, ordinal days «الثالث من
// يناير», "August 15, 2020"), years with a cue, and the preposition phrase in front («في عام 2013», "in 2013").
// All offsets are UTF-16 offsets into the original text.
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import { AR_MONTHS, AR_MONTH_FIRST, AR_UNITS, EN_UNITS, AR_YEAR_CUES, EN_MONTHS, EN_YEAR_CUES } from "./lexicon";
import { type Span, type Token, gapClean, rawPrefixLen, stripPrefix } from "./span-common";

function parseYear(n: string): number | null {
  const m = /^([0-9]{3,4})(م)?$/u.exec(n);
  if (!m) return null;
  if (m[1]!.length === 3 && !m[2]) return null;
  const y = Number(m[1]);
  return y >= (m[2] ? 1 : 1000) && y <= 2100 ? y : null;
}

const AR_ORDINAL_DAYS: Map<string, number> = new Map([
  ["الاول", 1],
  ["الثاني", 2],
  ["الثالث", 3],
  ["الرابع", 4],
  ["الخامس", 5],
  ["السادس", 6],
  ["السابع", 7],
  ["الثامن", 8],
  ["التاسع", 9],
  ["العاشر", 10],
  ["العشرين", 20],
  ["الثلاثين", 30],
] as Array<[string, number]>);

export function extractDates(s: Sentence, toks: Token[], lang: Language, out: Span[], used: boolean[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (used[i]) continue;
    const t = toks[i]!;
    let month: number | undefined;
    let mEnd = i; // last token index of month name
    const mStartTok = i;
    let prefixLen = 0;
    if (lang === "ar") {
      const two =
        i + 1 < toks.length && AR_MONTH_FIRST.has(t.n) ? AR_MONTHS.get(t.n + " " + toks[i + 1]!.n) : undefined;
      if (two) {
        month = two;
        mEnd = i + 1;
      } else {
        const st = stripPrefix(t.n, AR_MONTHS);
        if (st) {
          month = AR_MONTHS.get(st[0]);
          prefixLen = st[1];
        }
      }
    } else {
      month = EN_MONTHS.get(t.n.replace(/\.$/u, ""));
    }
    if (month !== undefined) {
      // optional "/آب" alternative name
      let j = mEnd + 1;
      if (j < toks.length && lang === "ar") {
        const gap = s.text.slice(toks[mEnd]!.e - s.start, toks[j]!.s - s.start);
        if (/^\s*[/(-]\s*$/u.test(gap) && AR_MONTHS.has(toks[j]!.n)) j++;
        else if (/^\s*[/(-]\s*$/u.test(gap) && j + 1 < toks.length && AR_MONTHS.has(toks[j]!.n + " " + toks[j + 1]!.n))
          j += 2;
        if (j < toks.length && /^\s*\)\s*$/u.test(s.text.slice(toks[j - 1]!.e - s.start, toks[j]!.s - s.start))) {
          /* closing paren */
        }
      }
      let day: number | undefined;
      let startTok = mStartTok;
      // day before month: "15 أغسطس" / "15 August" / "الثالث من يناير"
      if (i > 0 && !used[i - 1] && /^[0-9]{1,2}$/u.test(toks[i - 1]!.n) && prefixLen === 0) {
        const d = Number(toks[i - 1]!.n);
        if (d >= 1 && d <= 31) {
          day = d;
          startTok = i - 1;
        }
      } else if (lang === "ar" && i > 1 && toks[i - 1]!.n === "من" && prefixLen === 0) {
        const ordTok = toks[i - 2]!;
        const bare = ordTok.n.replace(/^(?:و|ف|ب|في)(?=ال)/u, "");
        const d = AR_ORDINAL_DAYS.get(bare);
        if (d !== undefined && !used[i - 2]) {
          day = d;
          startTok = i - 2;
          if (bare !== ordTok.n) prefixLen = -(ordTok.n.length - bare.length); // proclitic on the ordinal
        }
      }
      // day after month (English "August 15, 2020")
      if (day === undefined && j < toks.length && /^[0-9]{1,2}$/u.test(toks[j]!.n) && lang === "en") {
        const d = Number(toks[j]!.n);
        if (d >= 1 && d <= 31 && j + 1 < toks.length && parseYear(toks[j + 1]!.n)) {
          day = d;
          j++;
        }
      }
      const yGap = j < toks.length ? s.text.slice(toks[j - 1]!.e - s.start, toks[j]!.s - s.start) : "";
      const y =
        j < toks.length && /^[\s,\u200c-\u200f]*$/u.test(yGap) && yGap.length <= 3 ? parseYear(toks[j]!.n) : null;
      const startTokObj = toks[startTok]!;
      const pl = Math.abs(prefixLen);
      const start = startTokObj.s + (startTok === i || prefixLen < 0 ? rawPrefixLen(startTokObj.raw, pl) : 0);
      if (y !== null) {
        const end = toks[j]!.e;
        for (let k = startTok; k <= j; k++) used[k] = true;
        out.push(mkDate(s, toks, startTok, start, end, y, month, day, lang, pl));
        i = j;
      } else if (day !== undefined) {
        // day + month without a year: "14 نوفمبر", "July 27"
        let endTok = j - 1;
        if (lang === "en" && j < toks.length && /^[0-9]{1,2}$/u.test(toks[j]!.n) && day === undefined) endTok = j;
        const end = toks[endTok]!.e;
        for (let k = startTok; k <= endTok; k++) used[k] = true;
        const sp = mkDate(s, toks, startTok, start, end, 0, month, day, lang, pl);
        sp.fmt = "md";
        out.push(sp);
        i = endTok;
      } else if (lang === "en" && j < toks.length && /^[0-9]{1,2}$/u.test(toks[j]!.n) && Number(toks[j]!.n) <= 31) {
        const end = toks[j]!.e;
        for (let k = startTok; k <= j; k++) used[k] = true;
        const sp = mkDate(s, toks, startTok, start, end, 0, month, Number(toks[j]!.n), lang, 0);
        sp.fmt = "md";
        out.push(sp);
        i = j;
      }
      continue;
    }
    const y = parseYear(t.n);
    if (y !== null) {
      // not part of a range or a number with a unit
      const after = s.text.slice(t.e - s.start, t.e - s.start + 2);
      const before = s.text.slice(Math.max(0, t.s - s.start - 1), t.s - s.start);
      if (/^[-–]\s?[0-9]/u.test(after) || /[-–/]/u.test(before)) continue;
      const prev = i > 0 ? toks[i - 1]!.n : "";
      const next = i + 1 < toks.length ? toks[i + 1]!.n : "";
      const cue =
        lang === "ar" ? AR_YEAR_CUES.has(prev) || stripPrefix(prev, AR_YEAR_CUES) !== null : EN_YEAR_CUES.has(prev);
      const unitAfter =
        lang === "ar"
          ? AR_UNITS.has(next) && !AR_YEAR_CUES.has(next)
          : EN_UNITS.has(next) || /^(people|persons|dollars|troops|soldiers)$/u.test(next);
      if (unitAfter) continue;
      if (!cue && (y < 1800 || y > 2100)) continue;
      used[i] = true;
      out.push(mkDate(s, toks, i, t.s, t.e, y, undefined, undefined, lang, 0));
    }
  }
}

function mkDate(
  s: Sentence,
  toks: Token[],
  startTok: number,
  start: number,
  end: number,
  y: number,
  month: number | undefined,
  day: number | undefined,
  lang: Language,
  prefixLen: number,
): Span {
  const text = s.text.slice(start - s.start, end - s.start);
  const span: Span = {
    kind: "date",
    start,
    end,
    text,
    norm: normalizeForMatch(text),
    sent: s.idx,
    value: y * 10000 + (month ?? 0) * 100 + (day ?? 0),
    fmt: day ? "ymd" : month ? "ym" : "y",
  };
  // the preposition phrase in front ("في عام 2013", "منذ سبتمبر 2025", "in 2013")
  let ps = start;
  let prep = "";
  if (prefixLen > 0) {
    ps = toks[startTok]!.s;
    prep = toks[startTok]!.n.slice(0, prefixLen);
  }
  let k = startTok - 1;
  let steps = 0;
  while (k >= 0 && steps < 2 && prefixLen === 0) {
    const tk = toks[k]!;
    if (!gapClean(s.text, tk.e, ps, s.start)) break;
    const n = tk.n;
    const isPrep =
      lang === "ar"
        ? [
            "في",
            "منذ",
            "عام",
            "العام",
            "سنه",
            "السنه",
            "خلال",
            "حتي",
            "بحلول",
            "مطلع",
            "اواخر",
            "اوائل",
            "نهايه",
            "بدايه",
            "منتصف",
            "وفي",
            "ومنذ",
            "وفي",
            "فيما",
          ].includes(n) || /^(?:و|ف)?(?:ب|ل)?(?:عام|العام|سنه)$/u.test(n)
        : ["in", "since", "on", "during", "by", "until", "of"].includes(n);
    if (!isPrep) break;
    ps = tk.s;
    prep = n + (prep ? " " + prep : "");
    k--;
    steps++;
  }
  span.phraseStart = ps;
  span.prep = prep;
  return span;
}
