// Answer-span extraction: dates, numbers, percentages, quoted names, people (+roles), organisations, places, speech.
// All offsets are UTF-16 offsets into the original text.
import nlp from "compromise";
import type { Language } from "./types";
import type { Sentence } from "./sentences";
import { normalizeForMatch } from "./normalize";
import {
  AR_COUNTRIES,
  AR_COUNTRIES_2,
  AR_GROUP_CUES,
  AR_MONTHS,
  AR_MONTH_FIRST,
  AR_NOT_NAME,
  AR_ORG_CUES,
  AR_OUTLET_CUES,
  AR_PERSON_HEADS,
  AR_PERSON_TITLES,
  AR_PLACE_CUES,
  AR_SPEECH_VERBS,
  AR_UNITS,
  AR_SCALE,
  EN_UNITS,
  AR_WORD_NUMBERS,
  AR_YEAR_CUES,
  EN_MONTHS,
  AR_HIJRI_MONTHS,
  EN_ROLE_CUES,
  EN_SPEECH_VERBS,
  EN_TITLES,
  EN_WORD_NUMBERS,
  EN_YEAR_CUES,
} from "./lexicon";

export type SpanKind = "date" | "number" | "percent" | "quoted" | "person" | "org" | "place";

export interface Span {
  kind: SpanKind;
  start: number;
  end: number;
  text: string;
  norm: string;
  sent: number;
  /** dates: year*10000 + month*100 + day; numbers: numeric value */
  value?: number;
  /** dates: "y" | "ym" | "ymd"; numbers: unit/format signature */
  fmt?: string;
  /** quoted names: normalised head noun category; people: role text */
  head?: string;
  role?: string;
  /** start of a phrase to remove with the span (e.g. "في عام 2013") */
  phraseStart?: number;
  prep?: string;
}

export interface Speech {
  sent: number;
  speaker: string; // canonical person name
  quote: string; // the quoted words (display)
  qStart: number;
  qEnd: number;
  /** the mention of the speaker in this sentence (may be a surname alone) */
  mStart: number;
  mEnd: number;
}

export interface Token {
  s: number;
  e: number;
  raw: string;
  n: string; // normalised
}

const TOKEN_RE = /[\p{L}\p{M}\p{N}]+(?:[.'’\-][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const raw = m[0];
    out.push({ s: offset + m.index, e: offset + m.index + raw.length, raw, n: normalizeForMatch(raw) });
    if (out.length > 400) break;
  }
  return out;
}

/** Strip one proclitic (و ف ب ل ك) from a normalised Arabic token; returns [bare, prefixLength]. */
function stripPrefix(n: string, set: Set<string> | Map<string, number>): [string, number] | null {
  if (set.has(n)) return [n, 0];
  for (const p of ["و", "ف", "ب", "ل", "ك"]) {
    if (n.startsWith(p) && n.length > 2 && set.has(n.slice(1))) return [n.slice(1), 1];
  }
  if ((n.startsWith("وب") || n.startsWith("ول") || n.startsWith("فب")) && set.has(n.slice(2))) return [n.slice(2), 2];
  return null;
}

/** Raw-character length of `k` normalised prefix letters at the start of a raw token (skipping marks). */
function rawPrefixLen(raw: string, k: number): number {
  let i = 0;
  let seen = 0;
  while (i < raw.length && seen < k) {
    i++;
    seen++;
    while (i < raw.length && /[\u064B-\u065F\u0670\u0640]/u.test(raw[i]!)) i++;
  }
  return i;
}

function gapClean(text: string, a: number, b: number, base: number): boolean {
  // only spaces between two tokens (no punctuation)
  const g = text.slice(a - base, b - base);
  return /^[\s\u200c-\u200f]*$/u.test(g);
}

const isArabicWord = (s: string) => /^[\u0600-\u06FF\u0750-\u077F]+$/u.test(s);
const hasDef = (n: string) => n.startsWith("ال") && n.length > 3;

export interface Extraction {
  spans: Span[];
  speeches: Speech[];
  /** canonical person → role text (first seen) */
  roles: Map<string, string>;
  /** normalised alias → canonical person norm */
  aliases: Map<string, string>;
}

// ---------------------------------------------------------------- dates

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

function extractDates(s: Sentence, toks: Token[], lang: Language, out: Span[], used: boolean[]): void {
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

// ---------------------------------------------------------------- numbers

const NUM_RE =
  /(?<![\p{L}\p{N}.,])([$€£]\s?)?([0-9\u0660-\u0669\u06F0-\u06F9]{1,3}(?:[,\u066C][0-9\u0660-\u0669\u06F0-\u06F9]{3})+|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.\u066B][0-9\u0660-\u0669\u06F0-\u06F9]+)?)(\s?(?:%|٪|bn|m|k|billion|million|thousand|trillion|percent|per cent)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}])/gu;

function extractNumbers(s: Sentence, toks: Token[], lang: Language, out: Span[], taken: Array<[number, number]>): void {
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
    )
      we = nt.e;
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

// ---------------------------------------------------------------- quotes

interface QuotePair {
  /** content offsets (inside the marks) */
  cs: number;
  ce: number;
  /** outer offsets (including the marks) */
  os: number;
  oe: number;
}

export function findQuotes(s: Sentence): QuotePair[] {
  const text = s.text;
  const opens: Array<{ i: number; ch: string }> = [];
  const pairs: QuotePair[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== "«" && c !== "»" && c !== "“" && c !== "”" && c !== '"' && c !== "„") continue;
    let role: "open" | "close";
    if (c === "«" || c === "“" || c === "„") role = "open";
    else if (c === "»" || c === "”") role = "close";
    else {
      const prev = text[i - 1];
      const next = text[i + 1];
      const prevBoundary = prev === undefined || /[\s(\[{:،,—–\-]/u.test(prev);
      const nextBoundary = next === undefined || /[\s.,،؛;:!?؟)\]}—–]/u.test(next);
      if (prevBoundary && !nextBoundary) role = "open";
      else if (!prevBoundary && nextBoundary) role = "close";
      else role = opens.some((o) => o.ch === '"') ? "close" : "open";
    }
    if (role === "open") {
      opens.push({ i, ch: c });
      continue;
    }
    const want = c === "»" ? "«" : c === "”" ? "“„" : '"';
    let k = opens.length - 1;
    while (k >= 0 && !want.includes(opens[k]!.ch)) k--;
    if (k < 0) continue;
    const o = opens[k]!;
    opens.length = k;
    const cs = o.i + 1;
    const ce = i;
    if (ce - cs < 1 || ce - cs > 400) continue;
    pairs.push({ cs: s.start + cs, ce: s.start + ce, os: s.start + o.i, oe: s.start + i + 1 });
  }
  pairs.sort((a, b) => a.os - b.os);
  return pairs;
}

export function headCategory(n: string, lang: Language): string {
  if (lang === "ar") {
    const cands = [n, n.replace(/^[وفبلك]/u, ""), n.replace(/^(?:و|ف|ب|ل|ك)(?=ال)/u, ""), "ال" + n.replace(/^لل/u, "")];
    for (const c of cands) {
      const bare = c.replace(/^ال/u, "");
      if (AR_OUTLET_CUES.has(c) || AR_OUTLET_CUES.has(bare)) return "outlet";
      if (AR_GROUP_CUES.has(c) || AR_GROUP_CUES.has(bare)) return "group";
    }
    for (const c of cands)
      if (AR_ORG_CUES.has(c) || AR_ORG_CUES.has(c.replace(/^ال/u, ""))) return c.replace(/^ال/u, "");
    return n.replace(/^ال/u, "");
  }
  if (/^(newspaper|magazine|daily|agency|channel|broadcaster|outlet|journal|paper|website)$/u.test(n)) return "outlet";
  if (/^(group|groups|movement|organization|organisation|party|company|militia)$/u.test(n)) return "group";
  return n;
}

// ---------------------------------------------------------------- people / orgs / places (Arabic)

const AR_AMBIGUOUS_COUNTRIES = new Set(["مالي", "عمان", "المغرب", "تشاد", "جورجيا"]);
const AR_WEEKDAYS = new Set([
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعه",
  "السبت",
  "اليوم",
  "امس",
  "غدا",
]);
const NAME_LINKS = new Set(["بن", "ابن", "بنت", "ابو", "ابي", "ام", "عبد", "ال"]);
const NAME_DEF_OK = new Set([
  "الدين",
  "الدوله",
  "الله",
  "الاسلام",
  "الرحمن",
  "الرحيم",
  "الملك",
  "الحق",
  "الاول",
  "الثاني",
  "الثالث",
  "الرابع",
  "الخامس",
  "السادس",
  "السابع",
  "الثامن",
  "التاسع",
  "العاشر",
  "الكبير",
  "الصغير",
]);
const RE_PARTICLE_WORD = /^(?:[بلوف])?(?:ان|انه|انها|انهم|انهما|لان|كان|كانت|لكن|لكنه|لكنها)$/u;

function nameTokenOk(tok: Token, prevN: string): boolean {
  const n = tok.n;
  if (/[\u064B\u064C\u064D]/u.test(tok.raw)) return false; // tanween: an indefinite noun/adverb, not a name
  if (!isArabicWord(tok.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, ""))) return false;
  if (n.length < 2) return false;
  if (hasDef(n) && !(NAME_LINKS.has(prevN) || (NAME_DEF_OK.has(n) && prevN !== "") || prevN === "+family"))
    return false;
  if (AR_NOT_NAME.has(n) || AR_SPEECH_VERBS.has(n) || AR_SPEECH_VERBS.has(n.replace(/^[وف]/u, ""))) return false;
  if (RE_PARTICLE_WORD.test(n)) return false;
  // "بمجلسه", "ووزيره": a proclitic plus a pronoun suffix is a common noun, not a name
  if (/^[وبلف]/u.test(n) && /(?:ه|ها|هم|هما|هن)$/u.test(n) && n.length >= 5) return false;
  // an ordinal or "الدين" closes a name
  if (/^(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الكبير|الصغير)$/u.test(prevN))
    return false;
  if (AR_PERSON_TITLES.has(n) || AR_ORG_CUES.has(n) || AR_ORG_CUES.has(n.replace(/^[لبو]/u, ""))) return false;
  if (AR_PERSON_HEADS.has(n) && (prevN === "" || NAME_LINKS.has(prevN))) return false;
  if (AR_WEEKDAYS.has(n)) return false;
  if (AR_COUNTRIES.has(n) || AR_MONTHS.has(n)) return false;
  return true;
}

/** Index just past the name tokens starting at j (1–3 tokens, more with بن/ابن/عبد links). */
function scanName(text: string, toks: Token[], j: number, base: number): number {
  let k = j;
  let words = 0;
  let linked = false; // a بن/ابن/عبد link was used
  let afterLink = 0;
  while (k < toks.length && (k === j || gapClean(text, toks[k - 1]!.e, toks[k]!.s, base))) {
    const prevN = k > j ? toks[k - 1]!.n : "";
    const n = toks[k]!.n;
    const isLink = NAME_LINKS.has(n);
    if (linked && !isLink && afterLink >= 1) {
      // "محمد بن سلمان" ends here unless a family name / nisba follows ("العيبان", "الآبلي")
      if (!(hasDef(n) && !AR_NOT_NAME.has(n) && !AR_PERSON_TITLES.has(n) && afterLink === 1)) break;
      if (!nameTokenOk(toks[k]!, "ال")) break;
      k++;
      afterLink++;
      break;
    }
    const familyOk = k === j + 1 && !linked && hasDef(n) && !NAME_DEF_OK.has(n) && nameTokenOk(toks[k]!, "+family");
    if (familyOk) {
      k++;
      break; // "نمر النمر", "سعد الحريري": a family name with ال closes the name
    }
    if (!nameTokenOk(toks[k]!, prevN)) break;
    if (k > j && !isLink && /ة$/u.test(toks[k]!.raw.replace(/[\u064B-\u065F]/gu, "")) && !NAME_LINKS.has(prevN)) break;
    if (isLink && k > j && n !== "ال") {
      linked = true;
      afterLink = 0;
    } else if (linked) afterLink++;
    if (!isLink) words++;
    if (words > 3) break;
    k++;
  }
  // don't end on a link word ("بن")
  while (k > j && NAME_LINKS.has(toks[k - 1]!.n)) k--;
  return k;
}

const AR_RULER_TITLES = new Set(["السلطان", "الملك", "الخليفه", "الامير", "الامام"].map((w) => normalizeForMatch(w)));
/** فاعل-pattern words that describe rather than name: "the late", "the former", ordinals … */
const AR_NOT_EPITHETS = new Set(
  [
    "الراحل",
    "السابق",
    "الحالي",
    "القادم",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الحاكم",
  ].map((w) => normalizeForMatch(w)),
);

function extractArabicEntities(s: Sentence, toks: Token[], out: Span[], roles: Map<string, string>): void {
  const text = s.text;
  const used = new Array<boolean>(toks.length).fill(false);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // --- people: TITLE (+ definite modifiers) NAME{1,3}
    const tb = stripPrefix(t.n, AR_PERSON_TITLES);
    const hb = tb ? null : stripPrefix(t.n, AR_PERSON_HEADS);
    if (tb || hb) {
      let j = i + 1;
      let mods = 0;
      if (hb) {
        // idafa: the head needs a definite complement ("وزير الخارجية") or a proper noun followed by the name ("ملك قشتالة بيدرو")
        if (j < toks.length && hasDef(toks[j]!.n) && gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)) {
          j++;
          mods++;
        } else if (
          j + 1 < toks.length &&
          gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start) &&
          nameTokenOk(toks[j]!, "") &&
          nameTokenOk(toks[j + 1]!, "") &&
          gapClean(text, toks[j]!.e, toks[j + 1]!.s, s.start) &&
          scanName(text, toks, j + 1, s.start) >= j + 3
        ) {
          j++;
          mods++;
        } else continue;
      }
      while (j < toks.length && mods < 4 && gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)) {
        const n = toks[j]!.n;
        if ((hasDef(n) && !AR_PERSON_TITLES.has(n)) || (n.startsWith("لل") && n.length > 4)) {
          j++;
          mods++;
        } else if ((n === "باسم" || n === "بإسم" || n === "باسم") && j + 1 < toks.length) {
          j += 2;
          mods += 2;
        } else break;
      }
      let nameStart = j;
      const k = scanName(text, toks, j, s.start);
      // a ruler's epithet of the pattern الفاعل right before the name is part of the name, not of the role:
      // "السلطان المملوكي الظاهر X" → role "السلطان المملوكي", name "الظاهر X"
      if (
        tb &&
        k > nameStart &&
        mods >= 1 &&
        j - 1 > i &&
        AR_RULER_TITLES.has(tb[0]) &&
        /^ال[^ا]ا[^ا]{2}$/u.test(toks[j - 1]!.n) &&
        !AR_NOT_EPITHETS.has(toks[j - 1]!.n)
      ) {
        nameStart = j - 1;
      }
      // a name must not end in a bare particle-like token
      if (k > nameStart) {
        const ns = toks[nameStart]!.s;
        const ne = toks[k - 1]!.e;
        const name = text.slice(ns - s.start, ne - s.start);
        const rs = t.s + (tb ? rawPrefixLen(t.raw, tb[1]) : rawPrefixLen(t.raw, hb![1]));
        const role = text.slice(rs - s.start, toks[nameStart - 1]!.e - s.start);
        const norm = normalizeForMatch(name);
        if (!roles.has(norm)) roles.set(norm, role);
        out.push({ kind: "person", start: ns, end: ne, text: name, norm, sent: s.idx, role });
        for (let q = i; q < k; q++) used[q] = true;
        i = k - 1;
        continue;
      }
    }
    // --- "X بن Y" / "ابن X": a name without a title
    if (!used[i] && (t.n === "ابن" || (t.n === "بن" && i > 0 && !used[i - 1]))) {
      let st = i;
      if (t.n === "بن") {
        const p = toks[i - 1]!;
        if (!gapClean(text, p.e, t.s, s.start) || !nameTokenOk(p, "") || hasDef(p.n)) st = -1;
        else st = i - 1;
      } else if (
        i > 0 &&
        nameTokenOk(toks[i - 1]!, "") &&
        !hasDef(toks[i - 1]!.n) &&
        gapClean(text, toks[i - 1]!.e, t.s, s.start) &&
        !used[i - 1]
      ) {
        st = -1; // "X ابن Y" is handled when reaching a بن, or it's a verb before ابن
      }
      const nx = toks[i + 1];
      if (
        st >= 0 &&
        nx &&
        gapClean(text, t.e, nx.s, s.start) &&
        nameTokenOk(nx, t.n) &&
        !hasDef(nx.n) &&
        !/(?:ه|ها|هم)$/u.test(nx.n)
      ) {
        const k = scanName(text, toks, st, s.start);
        if (k > i + 1) {
          const ns = toks[st]!.s;
          const ne = toks[k - 1]!.e;
          const name = text.slice(ns - s.start, ne - s.start);
          out.push({ kind: "person", start: ns, end: ne, text: name, norm: normalizeForMatch(name), sent: s.idx });
          for (let q = st; q < k; q++) used[q] = true;
          i = k - 1;
          continue;
        }
      }
    }
    // --- organisations
    const ob = stripPrefix(t.n, AR_ORG_CUES);
    if (ob && !used[i]) {
      const cueStart = t.s + rawPrefixLen(t.raw, ob[1]);
      // quoted name right after the cue: صحيفة "لوموند"
      const after = text.slice(t.e - s.start, t.e - s.start + 3);
      if (/^\s?["«“]/u.test(after)) {
        continue; // handled as a quoted name with head category
      }
      let j = i + 1;
      // proper-name words right after the cue: "جامعة تورونتو", "مركز X للدراسات"
      let named = 0;
      while (
        j < toks.length &&
        named < 2 &&
        !hasDef(toks[j]!.n) &&
        !toks[j]!.n.startsWith("لل") &&
        gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start) &&
        nameTokenOk(toks[j]!, "") &&
        !/ه$/u.test(toks[j]!.n)
      ) {
        j++;
        named++;
      }
      while (
        j < toks.length &&
        j - i <= 5 &&
        (hasDef(toks[j]!.n) || (toks[j]!.n.startsWith("لل") && toks[j]!.n.length > 4)) &&
        !AR_PERSON_TITLES.has(toks[j]!.n) &&
        !AR_NOT_NAME.has(toks[j]!.n) &&
        gapClean(text, toks[j - 1]!.e, toks[j]!.s, s.start)
      )
        j++;
      if (j > i + 1) {
        const end = toks[j - 1]!.e;
        const name = text.slice(cueStart - s.start, end - s.start);
        out.push({
          kind: "org",
          start: cueStart,
          end,
          text: name,
          norm: normalizeForMatch(name),
          sent: s.idx,
          head: headCategory(ob[0], "ar"),
        });
        for (let q = i; q < j; q++) used[q] = true;
        i = j - 1;
        continue;
      }
    }
    // --- places: cue + name, or gazetteer
    const pb = stripPrefix(t.n, AR_PLACE_CUES);
    if (pb && i + 1 < toks.length && gapClean(text, t.e, toks[i + 1]!.s, s.start)) {
      const n1 = toks[i + 1]!.n;
      const raw1 = toks[i + 1]!.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, "");
      if (
        !hasDef(n1) &&
        !AR_NOT_NAME.has(n1) &&
        isArabicWord(raw1) &&
        n1.length >= 3 &&
        !/(?:ه|ها|هم|هما|كم|نا)$/u.test(raw1)
      ) {
        const tk = toks[i + 1]!;
        out.push({ kind: "place", start: tk.s, end: tk.e, text: tk.raw, norm: tk.n, sent: s.idx });
        used[i] = used[i + 1] = true;
        i = i + 1;
        continue;
      }
    }
    if (i + 1 < toks.length) {
      const two = t.n + " " + toks[i + 1]!.n;
      let p2: [string, number] | null = AR_COUNTRIES_2.has(two) ? [two, 0] : null;
      if (!p2) {
        for (const p of ["و", "ف", "ب", "ل"])
          if (two.startsWith(p) && AR_COUNTRIES_2.has(two.slice(1))) p2 = [two.slice(1), 1];
      }
      if (p2 && gapClean(text, t.e, toks[i + 1]!.s, s.start)) {
        const st = t.s + rawPrefixLen(t.raw, p2[1]);
        const en = toks[i + 1]!.e;
        const name = text.slice(st - s.start, en - s.start);
        out.push({ kind: "place", start: st, end: en, text: name, norm: normalizeForMatch(name), sent: s.idx });
        used[i] = used[i + 1] = true;
        i++;
        continue;
      }
    }
    const cb = stripPrefix(t.n, AR_COUNTRIES);
    // "مالي" / "عمان" / "المغرب" are also common words (Malian, financial, Amman, sunset): only after a preposition or و/ب
    const ambiguous =
      cb &&
      AR_AMBIGUOUS_COUNTRIES.has(cb[0]) &&
      cb[1] === 0 &&
      !(
        i > 0 &&
        (AR_PLACE_PREPS.has(toks[i - 1]!.n) ||
          /^(?:و|ب|ل)?(?:سلطنه|دوله|جمهوريه|مملكه|المملكه|اماره|حكومه|عاصمه|شمال|جنوب|شرق|غرب|وسط)$/u.test(
            toks[i - 1]!.n,
          ))
      );
    if (cb && !used[i] && !ambiguous) {
      const st = t.s + rawPrefixLen(t.raw, cb[1]);
      const name = text.slice(st - s.start, t.e - s.start);
      out.push({ kind: "place", start: st, end: t.e, text: name, norm: normalizeForMatch(name), sent: s.idx });
      used[i] = true;
    }
  }
  // acronyms: DGSE, NATO
  const acr = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = acr.exec(text)) !== null) {
    const st = s.start + m.index;
    if (out.some((sp) => sp.sent === s.idx && st < sp.end && st + m![0].length > sp.start)) continue;
    out.push({
      kind: "org",
      start: st,
      end: st + m[0].length,
      text: m[0],
      norm: normalizeForMatch(m[0]),
      sent: s.idx,
      head: "acronym",
    });
  }
}

// ---------------------------------------------------------------- English entities (compromise)

const EN_STRIP_EDGE = /^[\s"'“”‘’«»(\[]+|[\s"'“”‘’«»)\],.;:!?]+$/gu;

function cleanEdge(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s"'“”‘’«»(\[]/u.test(text[a]!)) a++;
  while (b > a && /[\s"'“”‘’«»)\],.;:!?]/u.test(text[b - 1]!)) b--;
  if (text.slice(a, b).endsWith("'s") || text.slice(a, b).endsWith("’s")) b -= 2;
  // "European Space Agency (ESA" → cut an unclosed bracket
  const open = text.lastIndexOf("(", b);
  if (open >= a && text.indexOf(")", open) >= b) {
    b = open;
    while (b > a && /\s/u.test(text[b - 1]!)) b--;
  }
  return [a, b];
}

const EN_ROLE_MODIFIERS = new Set(
  "former senior chief deputy foreign security defence defense finance transport health prime vice state structural political military economic leading veteran local regional national international interior justice trade energy education environment science research lead executive managing general assistant associate head acting".split(
    " ",
  ),
);

/** Role words before a name ("French President", "security expert") or in an appositive ("X, a structural expert at Y,"). */
function englishRole(text: string, a0: number, a: number, b: number, titleWords: string[]): string | undefined {
  void a;
  const before = text
    .slice(Math.max(0, a0 - 80), a0)
    .split(/\s+/u)
    .filter(Boolean);
  const words: string[] = [];
  // a title inside the name span ("Secretary Dana Holt") takes its modifiers from before it ("Commerce Secretary")
  const HONORIFIC = /^(?:mr|mrs|ms|miss|sir|dame|madam|dr)\.?$/iu;
  let sawCue = titleWords.some(
    (w) => !HONORIFIC.test(w) && (EN_ROLE_CUES.has(w.toLowerCase()) || EN_TITLES.has(w.toLowerCase())),
  );
  for (let i = before.length - 1; i >= 0 && words.length < 4; i--) {
    const w = before[i]!;
    if (!/^[A-Za-z][A-Za-z-]*$/u.test(w)) break;
    const lw = w.toLowerCase();
    if (EN_ROLE_CUES.has(lw) || EN_TITLES.has(lw)) {
      if (words.length > 0 && sawCue) break;
      sawCue = true;
      words.unshift(w);
    } else if (
      sawCue &&
      (EN_ROLE_MODIFIERS.has(lw) ||
        (/^\p{Lu}/u.test(w) && i > 0 && !/[.!?]$/u.test(before[i - 1]!)) ||
        (/^\p{Lu}/u.test(w) && i === 0))
    ) {
      if (/^(The|A|An|In|On|At|By|And|But|Under|Including|According)$/u.test(w)) break;
      words.unshift(w);
    } else break;
  }
  const all = [...words, ...titleWords].filter((w) => !/^(?:mr|mrs|ms|miss|sir|dame|madam)\.?$/iu.test(w));
  if (all.length > 0 && all.some((w) => EN_ROLE_CUES.has(w.toLowerCase()) || EN_TITLES.has(w.toLowerCase()))) {
    const r = all.join(" ");
    return r[0]!.toUpperCase() + r.slice(1);
  }
  const am = /^,\s+(?:a|an|the)\s+([^,;.]{3,60}?)(?=[,;.])/u.exec(text.slice(b, b + 80));
  if (am && am[1]!.split(/\s+/u).some((w) => EN_ROLE_CUES.has(w.toLowerCase()))) {
    const r = am[1]!.replace(/\s+(?:at|of|for|with|from|in)\s.*$/u, "");
    return r[0]!.toUpperCase() + r.slice(1);
  }
  return undefined;
}

function extractEnglishEntities(s: Sentence, toks: Token[], out: Span[], roles: Map<string, string>): void {
  const text = s.text;
  if (text.length > 1200) return;
  let doc: ReturnType<typeof nlp>;
  try {
    doc = nlp(text);
  } catch {
    return;
  }
  const add = (kind: SpanKind, list: Array<{ offset?: { start: number; length: number } }>) => {
    for (const it of list) {
      if (!it.offset) continue;
      let [a, b] = cleanEdge(text, it.offset.start, it.offset.start + it.offset.length);
      if (b <= a) continue;
      let role: string | undefined;
      if (kind === "person") {
        // leading titles belong to the role, not the name
        const a0 = a;
        const titleWords: string[] = [];
        for (;;) {
          const mm = /^([A-Za-z]+\.?)\s+/u.exec(text.slice(a, b));
          if (!mm || !EN_TITLES.has(mm[1]!.toLowerCase().replace(/\.$/u, ""))) break;
          titleWords.push(mm[1]!);
          a += mm[0].length;
        }
        // "Acme's Lena Ortiz" → "Lena Ortiz"
        const poss = /^[^\s]+['’]s\s+/u.exec(text.slice(a, b));
        if (poss && b - a > poss[0].length + 2) a += poss[0].length;
        if (!/^\p{Lu}/u.test(text.slice(a, b))) continue;
        if (
          /\b(?:Nebula|Galaxy|Quintet|Cluster|Telescope|Act|Institute|University|College|Street|Avenue|River|Mountain|Lake|Bay|Park|Prize|Award|Foundation|Company|Corporation|Party|Agency|Office|Department|Ministry|Council|Committee|Bank|Airport|Station|Hospital|Museum|Square|Bridge|Island|Islands|Ocean|Sea|Valley|Desert|Festival|Cup|League|Club)$/u.test(
            text.slice(a, b),
          )
        )
          continue;
        if (
          /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|god)$/iu.test(
            text.slice(a, b),
          )
        )
          continue;
        role = englishRole(text, a0, a, b, titleWords);
      }
      const t = text.slice(a, b);
      if (t.length < 2 || t.length > 60) continue;
      if (kind !== "person" && !/^\p{Lu}/u.test(t)) continue;
      if (kind === "place" && /^[A-Z\s]{6,}$/u.test(t)) continue; // "WASHINGTON" dateline
      if (out.some((sp) => sp.sent === s.idx && s.start + a < sp.end && s.start + b > sp.start)) continue;
      const norm = normalizeForMatch(t);
      if (kind === "person" && role && !roles.has(norm)) roles.set(norm, role);
      out.push({ kind, start: s.start + a, end: s.start + b, text: t, norm, sent: s.idx, role });
    }
  };
  try {
    add("person", doc.people().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>);
    add("org", doc.organizations().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>);
    add("place", doc.places().json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>);
  } catch {
    /* ignore */
  }
  const acr = /(?<![\p{L}\p{N}])[A-Z][A-Z&]{1,7}(?:[ -][0-9]{1,5}(?![.,]?[0-9]))?(?![\p{L}\p{N}])/gu;
  let m: RegExpExecArray | null;
  while ((m = acr.exec(text)) !== null) {
    const st = s.start + m.index;
    if (out.some((sp) => sp.sent === s.idx && st < sp.end && st + m![0].length > sp.start)) continue;
    if (/^(I|A|AM|PM|AD|BC|OK|TV)$/u.test(m[0])) continue;
    out.push({
      kind: "org",
      start: st,
      end: st + m[0].length,
      text: m[0],
      norm: normalizeForMatch(m[0]),
      sent: s.idx,
      head: "acronym",
    });
  }
  void toks;
}

// ---------------------------------------------------------------- named terms ("a plastic called X", "يسمى X")

const AR_NAMING_VERBS = new Set(["يسمي", "تسمي", "يدعي", "تدعي", "هرمون", "داء", "فيروس", "مصطلح", "مفهوم"]);
const AR_NAMING_PAIRS = new Set([
  "يعرف",
  "تعرف",
  "المعروف",
  "المعروفه",
  "يطلق",
  "تطلق",
  "اطلق",
  "اطلقت",
  "عرف",
  "عرفت",
]);
const EN_NAMED_RE =
  /\b(?:called|call|named|dubbed|termed|known as|renamed|coined the term)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|of|and|for|the|de))*|[a-z][a-z-]{2,}(?=\s+(?:after|because|for|in|by|and|which|that)\b|[,.;:)]|$))/gu;
const EN_TITLE_NAME_RE =
  /\b((?:[A-Z][\w'’-]*\s+(?:(?:of|and|for|the)\s+)?){1,6}(?:Act|Treaty|Agreement|Accord|Initiative|Telescope|Prize|Award|Programme|Program|Mission|Doctrine|Plan))\b/gu;

function extractNamedTerms(s: Sentence, toks: Token[], lang: Language, out: Span[]): void {
  const overl = (a: number, b: number) => out.some((x) => a < x.end && b > x.start);
  if (lang === "ar") {
    for (let i = 0; i < toks.length - 1; i++) {
      const n = toks[i]!.n;
      let j = -1;
      if (AR_NAMING_VERBS.has(n)) j = i + 1;
      else if (
        AR_NAMING_PAIRS.has(n) &&
        (toks[i + 1]!.n === "باسم" || toks[i + 1]!.n === "عليه" || toks[i + 1]!.n === "عليها")
      )
        j = i + 2;
      if (j < 0 || j >= toks.length) continue;
      if (!gapClean(s.text, toks[j - 1]!.e, toks[j]!.s, s.start)) continue;
      let k = j;
      while (
        k < toks.length &&
        k - j < 2 &&
        (k === j || gapClean(s.text, toks[k - 1]!.e, toks[k]!.s, s.start)) &&
        !AR_NOT_NAME.has(toks[k]!.n) &&
        !/^[0-9]/u.test(toks[k]!.n)
      ) {
        k++;
        if (hasDef(toks[k - 1]!.n) && k - j === 1 && (k >= toks.length || !hasDef(toks[k]!.n))) break;
      }
      if (k === j) continue;
      const a = toks[j]!.s;
      const b = toks[k - 1]!.e;
      if (overl(a, b)) continue;
      const t = s.text.slice(a - s.start, b - s.start);
      out.push({ kind: "quoted", start: a, end: b, text: t, norm: normalizeForMatch(t), sent: s.idx, head: "named" });
    }
    return;
  }
  for (const re of [EN_NAMED_RE, EN_TITLE_NAME_RE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      let g = m[1]!.trim().replace(/\s+(?:of|and|for|the|de)$/u, "");
      let off = m.index + m[0].indexOf(m[1]!);
      const lead = /^(?:The|A|An)\s+/u.exec(g);
      if (lead && g.length - lead[0].length >= 3) {
        off += lead[0].length;
        g = g.slice(lead[0].length);
      }
      const a = s.start + off;
      const b = a + g.length;
      if (g.length < 3 || overl(a, b)) continue;
      out.push({ kind: "quoted", start: a, end: b, text: g, norm: normalizeForMatch(g), sent: s.idx, head: "named" });
    }
  }
}

// ---------------------------------------------------------------- speech

function extractSpeech(
  s: Sentence,
  toks: Token[],
  lang: Language,
  quotes: QuotePair[],
  personMentions: Array<{ s: number; e: number; canon: string }>,
  speeches: Speech[],
): void {
  const verbs = toks.filter((t) =>
    lang === "ar"
      ? AR_SPEECH_VERBS.has(t.n) || AR_SPEECH_VERBS.has(t.n.replace(/^[وف]/u, ""))
      : EN_SPEECH_VERBS.has(t.n),
  );
  const accord = lang === "en" ? /according to/iu.exec(s.text) : null;
  if (verbs.length === 0 && !accord) return;
  if (personMentions.length === 0) return;
  // the speech: a quote of ≥3 words, else text after "verb X:" up to the end
  let q: { a: number; b: number } | null = null;
  for (const p of quotes) {
    const c = s.text.slice(p.cs - s.start, p.ce - s.start).trim();
    if (c.split(/\s+/u).length >= 3 && (!q || p.ce - p.cs > q.b - q.a)) q = { a: p.cs, b: p.ce };
  }
  if (!q) {
    const colon = s.text.indexOf(":");
    if (colon > 0) {
      const a = s.start + colon + 1;
      const rest = s.text
        .slice(colon + 1)
        .replace(/["«»“”]/gu, "")
        .trim();
      if (rest.split(/\s+/u).length >= 4 && verbs.some((v) => v.e <= a)) {
        const off = s.text.slice(colon + 1).search(/[^\s"«“]/u);
        let b = s.end;
        while (b > a && /[\s"»”.]/u.test(s.text[b - 1 - s.start]!)) b--;
        q = { a: a + Math.max(0, off), b };
      }
    }
  }
  if (!q) return;
  // speaker: nearest person mention to a speech verb, outside the quote
  let best: { canon: string; d: number; s: number; e: number } | null = null;
  const anchors = verbs.map((v) => v.s);
  if (accord) anchors.push(s.start + accord.index);
  for (const pm of personMentions) {
    if (pm.s >= q.a && pm.e <= q.b) continue;
    for (const a of anchors) {
      const d = Math.abs(pm.s - a);
      if (d < 80 && (!best || d < best.d)) best = { canon: pm.canon, d, s: pm.s, e: pm.e };
    }
  }
  if (!best) return;
  const quote = s.text.slice(q.a - s.start, q.b - s.start).trim();
  speeches.push({ sent: s.idx, speaker: best.canon, quote, qStart: q.a, qEnd: q.b, mStart: best.s, mEnd: best.e });
}

// ---------------------------------------------------------------- proper nouns after prepositions (Arabic)

const AR_PREP_NOUNS = new Set(
  "جانب خلال اجل قبل بعد حيث دون بين ضمن اطار جهه ناحيه طرف اكثر اقل بعض كل عدد مختلف جميع اجمالي نوع شان حوالي نحو مطلع منتصف اواخر اوائل اثر جراء قبيل بدايه نهايه وقت حين اليوم امس غير عام سنه شهر يوم".split(
    " ",
  ),
);
const AR_PLACE_PREPS = new Set([
  "في",
  "من",
  "الي",
  "عن",
  "نحو",
  "بين",
  "قرب",
  "داخل",
  "خارج",
  "وفي",
  "ومن",
  "والي",
  "مع",
  "علي",
  "ضد",
  "حول",
  "لدي",
  "و",
]);

/** Recurring bare (non-ال) words after في/من/إلى… that never occur with ال: likely place names (بغداد, …). */
function addPrepositionPlaces(sentences: Sentence[], infos: SentenceInfo[], spans: Span[]): void {
  const total = new Map<string, number>();
  const afterPrep = new Map<string, number>();
  const defSeen = new Set<string>();
  const bare = (n: string) => (/^[وبلف]/u.test(n) && n.length > 4 ? n.slice(1) : n);
  const endsClause = new Set<string>();
  for (const s of sentences) {
    const toks = infos[s.idx]?.toks ?? [];
    for (let i = 0; i < toks.length; i++) {
      const n = toks[i]!.n;
      if (hasDef(n)) {
        defSeen.add(n.slice(2));
        continue;
      }
      if (/^[وبلف]ال/u.test(n)) {
        defSeen.add(n.slice(3));
        continue;
      }
      total.set(n, (total.get(n) ?? 0) + 1);
      const b = bare(n);
      if (b !== n) total.set(b, (total.get(b) ?? 0) + 1);
      if (i > 0 && AR_PLACE_PREPS.has(toks[i - 1]!.n)) {
        afterPrep.set(n, (afterPrep.get(n) ?? 0) + 1);
        const after = s.text.slice(toks[i]!.e - s.start, toks[i]!.e - s.start + 2);
        if (/^\s?[،,.؛;:)]/u.test(after) || toks[i]!.e === s.end) endsClause.add(n);
      }
    }
  }
  const ok = (n: string): boolean => {
    if ((afterPrep.get(n) ?? 0) < 1) return false;
    if (defSeen.has(n) || n.length < 4) return false;
    if (/(?:ه|ات|ون|ين|يا)$/u.test(n) && !/يا$/u.test(n)) return false;
    if (AR_PREP_NOUNS.has(n)) return false;
    return (total.get(n) ?? 0) >= 2 || endsClause.has(n);
  };
  const bySent = new Map<number, Span[]>();
  for (const x of spans) {
    const arr = bySent.get(x.sent) ?? [];
    arr.push(x);
    bySent.set(x.sent, arr);
  }
  for (const s of sentences) {
    const toks = infos[s.idx]?.toks ?? [];
    const local = bySent.get(s.idx) ?? [];
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      let n = t.n;
      let pre = 0;
      if (!ok(n)) {
        const b = bare(n);
        if (b === n || !ok(b)) continue;
        n = b;
        pre = 1;
      }
      if (!nameTokenOk({ ...t, n }, "")) continue;
      if (/(?:ه|ها|هم|هما|كم|نا)$/u.test(t.raw.replace(/[\u064B-\u065F\u0670\u0640]/gu, ""))) continue;
      if (AR_SPEECH_VERBS.has(n) || AR_UNITS.has(n) || AR_YEAR_CUES.has(n)) continue;
      const a = t.s + rawPrefixLen(t.raw, pre);
      if (local.some((x) => a < x.end && t.e > x.start)) continue;
      const text = s.text.slice(a - s.start, t.e - s.start);
      const sp: Span = { kind: "place", start: a, end: t.e, text, norm: n, sent: s.idx };
      spans.push(sp);
      local.push(sp);
    }
  }
  spans.sort((x, y) => x.sent - y.sent || x.start - y.start);
}

// ---------------------------------------------------------------- driver

let strictExtraction = false;
/** Tests: rethrow extractor errors instead of skipping that extractor for the sentence. */
export function setStrictExtraction(on: boolean): void {
  strictExtraction = on;
}
function guard(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (strictExtraction) throw e;
  }
}

export interface SentenceInfo {
  toks: Token[];
  quotes: QuotePair[];
}

export function extractAll(sentences: Sentence[], lang: Language, infos: SentenceInfo[]): Extraction {
  const spans: Span[] = [];
  const roles = new Map<string, string>();
  for (const s of sentences) {
    const toks = tokenize(s.text, s.start);
    const quotes = findQuotes(s);
    infos[s.idx] = { toks, quotes };
    const local: Span[] = [];
    const used = new Array<boolean>(toks.length).fill(false);
    guard(() => extractDates(s, toks, lang, local, used));
    const taken: Array<[number, number]> = local.map((d) => [d.start, d.end]);
    guard(() => extractNumbers(s, toks, lang, local, taken));
    // quoted names (short quotes)
    for (const p of quotes) {
      const c = s.text.slice(p.cs - s.start, p.ce - s.start);
      const ct = c.trim();
      const words = ct.split(/\s+/u).filter(Boolean);
      if (words.length === 0 || words.length > 4 || /[.!?؟،,:;]/u.test(ct) || ct.length > 40) continue;
      if (!/\p{L}/u.test(ct)) continue;
      const lead = c.length - c.trimStart().length;
      const a = p.cs + lead;
      const b = a + ct.length;
      // head noun just before the opening mark
      const prevTok = [...toks].reverse().find((t) => t.e <= p.os);
      const gapOk = prevTok ? /^\s*$/u.test(s.text.slice(prevTok.e - s.start, p.os - s.start)) : false;
      const head = prevTok && gapOk ? headCategory(prevTok.n, lang) : "";
      local.push({ kind: "quoted", start: a, end: b, text: ct, norm: normalizeForMatch(ct), sent: s.idx, head });
    }
    guard(() => extractNamedTerms(s, toks, lang, local));
    const noOverlap: Span[] = [...local];
    const ent: Span[] = [];
    if (lang === "ar") guard(() => extractArabicEntities(s, toks, ent, roles));
    else guard(() => extractEnglishEntities(s, toks, ent, roles));
    for (const e of ent) {
      if (noOverlap.some((x) => e.start < x.end && e.end > x.start)) continue;
      noOverlap.push(e);
    }
    noOverlap.sort((x, y) => x.start - y.start || y.end - x.end);
    spans.push(...noOverlap);
  }
  if (lang === "ar") guard(() => addPrepositionPlaces(sentences, infos, spans));
  // person aliases: full name, and unique last names
  const aliases = new Map<string, string>();
  const people = [...new Set(spans.filter((x) => x.kind === "person").map((x) => x.norm))];
  const lastCount = new Map<string, number>();
  for (const p of people) {
    aliases.set(p, p);
    const parts = p.split(" ");
    if (parts.length >= 2) {
      const last = parts[parts.length - 1]!;
      lastCount.set(last, (lastCount.get(last) ?? 0) + 1);
    }
  }
  for (const p of people) {
    const parts = p.split(" ");
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1]!;
    const hasOwnRole = spans.some((x) => x.kind === "person" && x.norm === last && x.role);
    if (lastCount.get(last) === 1 && last.length >= 3 && !people.includes(last)) aliases.set(last, p);
    else if (lastCount.get(last) === 1 && people.includes(last) && !hasOwnRole) aliases.set(last, p); // a single-word mention of the same person
  }
  // English: single-word "people" that are aliases of full names collapse onto the full name
  for (const sp of spans) if (sp.kind === "person" && aliases.has(sp.norm)) sp.norm = aliases.get(sp.norm)!;
  // speech
  const speeches: Speech[] = [];
  for (const s of sentences) {
    const info = infos[s.idx];
    if (!info) continue;
    const mentions: Array<{ s: number; e: number; canon: string }> = [];
    for (const sp of spans)
      if (sp.sent === s.idx && sp.kind === "person") mentions.push({ s: sp.start, e: sp.end, canon: sp.norm });
    for (const t of info.toks) {
      const bare = lang === "ar" ? t.n.replace(/^[وف]/u, "") : t.n;
      const c = aliases.get(t.n) ?? aliases.get(bare);
      if (c && !mentions.some((mm) => t.s >= mm.s && t.e <= mm.e)) mentions.push({ s: t.s, e: t.e, canon: c });
    }
    guard(() => extractSpeech(s, info.toks, lang, info.quotes, mentions, speeches));
  }
  return { spans, speeches, roles, aliases };
}

export { EN_STRIP_EDGE };
