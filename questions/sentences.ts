// Sentence splitting with UTF-16 offsets into the original text, boilerplate-line filtering and clause splitting.
import type { Language } from "./types";
import { normalizeForMatch } from "./normalize";

export interface Sentence {
  idx: number;
  /** offsets into the original text (whitespace trimmed) */
  start: number;
  end: number;
  text: string;
  /** paragraph (line) number */
  para: number;
}

export interface Clause {
  start: number;
  end: number;
  text: string;
}

const MAX_SENTENCE = 600;

const BOILERPLATE_START = [
  "read more",
  "read also",
  "see also",
  "related",
  "advertisement",
  "share this",
  "follow us",
  "subscribe",
  "click here",
  "photo",
  "image",
  "caption",
  "source",
  "copyright",
  "all rights reserved",
  "اقرا ايضا",
  "اقرا المزيد",
  "اقرا",
  "شاهد ايضا",
  "شاهد",
  "طالع ايضا",
  "طالع",
  "المصدر",
  "مصدر الصوره",
  "الصوره",
  "صوره",
  "تابعونا",
  "اشترك",
  "حقوق",
  "جميع الحقوق",
  "اعلان",
  // credits, bylines and page furniture (a page copied whole)
  "reporting by",
  "additional reporting",
  "editing by",
  "writing by",
  "compiled by",
  "our standards",
  "sign up",
  "share on",
  "share this article",
  "contact the author",
  "image credit",
  "photograph",
  "updated",
  "published",
  "last updated",
  "also read",
  "this story has been",
  "this article has been",
  "correction",
  "شارك هذا",
  "اخر تحديث",
];

const CAPTION_CREDIT =
  /(?:\b(?:Photograph|Photo|Image|Picture|Illustration|Credit)s?\s*(?:credit\s*)?:|\((?:AP|AFP|Reuters|EPA)?\s*Photo\b|via Getty Images|\/(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg)\)?\s*$|(?:^|\()(?:الصورة|صورة|تصوير)\s*:)/u;
const BYLINE = /^(?:By|From)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)+(?:\s*(?:,|and|&)\s*.*)?$/u;

/**
 * A dateline or interview marker opening a paragraph ("SAN JOSE, Calif., March 4 (Reuters) - ", "NAIROBI, Kenya (AP) —",
 * "UTRECHT — ", «القاهرة - », «(رويترز) -», «ج: », "A: "): the sentence starts after it.
 */
const LEAD_MARKERS = [
  /^[\p{Lu}][\p{Lu} .'’-]{2,40}(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,3}){0,3}\s*\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|CNN)\)\s*[-—–:]+\s*/u,
  /^[\p{Lu}][\p{Lu}'’-]{2,}(?:[ ,]+[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*){0,5}\s*[—–]\s+/u,
  /^[\p{Lu}][\p{Lu} '’-]{2,30}\s+-\s+/u,
  /^(?:[\p{Script=Arabic}]+\s+){0,2}[\p{Script=Arabic}]+\s*(?:\((?:[^()]{1,25})\)\s*)?[-–—]\s+/u,
  /^\((?:رويترز|أ ف ب|ا ف ب|أ ب|واس|د ب أ|الأناضول|قنا|وام|بترا|سانا|واج|وات|ومع)\)\s*[-–—:]?\s*/u,
  /^(?:ج|A)\s*[:：]\s*/u,
];

/** Length of a dateline/marker at the start of `t` (0 when none). */
export function leadMarkerLength(t: string): number {
  for (const re of LEAD_MARKERS) {
    const m = re.exec(t);
    if (m && m[0].length < t.length - 10) return m[0].length;
  }
  return 0;
}

const FINAL_PUNCT = /[.!?؟…"»”'’)\]]\s*$/u;
const URL_RE = /(?:https?:\/\/|www\.)\S/iu;
const TAG_RE = /<\/?[a-zA-Z][^<>]{0,200}>/u;

function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const sp = s.charCodeAt(i) <= 32;
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Whether a (trimmed) line is boilerplate: hashtags, "read more", links, captions, headlines. */
export function isBoilerplateLine(line: string, isFirstContentLine: boolean): boolean {
  const t = line.trim();
  if (t.length === 0) return true;
  const norm = normalizeForMatch(t.slice(0, 200));
  if (norm.length === 0) return true;
  if (/^[#@]/u.test(t)) return true;
  const hashtags = (t.match(/#[\p{L}\p{N}_]+/gu) ?? []).length;
  const wc = wordCount(t);
  if (hashtags >= 2 || (hashtags >= 1 && wc <= 6)) return true;
  for (const b of BOILERPLATE_START) {
    if (norm === b || norm.startsWith(b + " ")) {
      if (wc <= 25 || b.length > 6) return true;
    }
  }
  if (URL_RE.test(t) && wc <= 20) return true;
  if (TAG_RE.test(t) && t.replace(/<[^<>]{0,300}>/gu, "").trim().length < 20) return true;
  if (t.startsWith("©")) return true;
  // a photo caption with its credit ("… on June 4. Photograph: Name/AFP via Getty Images", "(AP Photo/Name)")
  if (CAPTION_CREDIT.test(t) && wc <= 60) return true;
  // a byline ("By Jane Doe and Omar Ali, Reuters")
  if (BYLINE.test(t) && wc <= 14) return true;
  if (/^(?:بقلم|كتب|كتبت|إعداد|تحرير|حوار)\s*[:：]/u.test(t) && wc <= 10) return true;
  // the interviewer's question in a Q&A ("س: …؟", "Q: …?")
  if (/^(?:س|Q)\s*[:：]/u.test(t)) return true;
  // headline / caption / section title: short line without final punctuation
  if (!FINAL_PUNCT.test(t) && wc <= (isFirstContentLine ? 20 : 14)) return true;
  return false;
}

const EN_ABBREV = new Set(
  "mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st jr sr inc ltd co corp no vs etc fig approx jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m mt ft ave dept est univ".split(
    " ",
  ),
);

function endsWithAbbrev(seg: string): boolean {
  const m = /([\p{L}.]{1,8})\.\s*$/u.exec(seg);
  if (!m) return false;
  const w = m[1]!.toLowerCase();
  if (EN_ABBREV.has(w)) return true;
  if (/^\p{Lu}$/u.test(m[1]!) && !/[°0-9]\s*\p{Lu}\.\s*$/u.test(seg)) return true; // initial "J." (not "°C.")
  if (/^(?:\p{L}\.)+\p{L}$/u.test(m[1]!)) return true; // U.S / e.g
  if (m[1] === "د" || m[1] === "أ" || m[1] === "م") return true; // Arabic: د. (doctor), أ. (professor)
  return false;
}

function quoteImbalance(seg: string): boolean {
  let guil = 0;
  let curly = 0;
  let straight = 0;
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "«") guil++;
    else if (c === "»") guil--;
    else if (c === "“") curly++;
    else if (c === "”") curly--;
    else if (c === '"') straight++;
  }
  return guil > 0 || curly > 0 || straight % 2 === 1;
}

let segCache: { lang: string; seg: Intl.Segmenter } | null = null;
function segmenter(lang: Language): Intl.Segmenter | null {
  try {
    if (segCache && segCache.lang === lang) return segCache.seg;
    const seg = new Intl.Segmenter(lang, { granularity: "sentence" });
    segCache = { lang, seg };
    return seg;
  } catch {
    return null;
  }
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** Hard-split an over-long span at clause punctuation or whitespace so later steps stay cheap. */
function capSpan(text: string, start: number, end: number, out: Array<[number, number]>): void {
  while (end - start > MAX_SENTENCE) {
    let cut = -1;
    const lo = start + Math.floor(MAX_SENTENCE / 2);
    const hi = start + MAX_SENTENCE;
    for (let i = hi; i > lo; i--) {
      const c = text[i - 1];
      if (c === "،" || c === "؛" || c === ";" || c === ",") {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      for (let i = hi; i > lo; i--) {
        if (/\s/u.test(text[i - 1]!)) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) cut = hi;
    // don't split a surrogate pair
    if (cut < end && /[\uDC00-\uDFFF]/u.test(text[cut]!)) cut++;
    const [a, b] = trimSpan(text, start, cut);
    if (b > a) out.push([a, b]);
    start = cut;
  }
  const [a, b] = trimSpan(text, start, end);
  if (b > a) out.push([a, b]);
}

const CHUNK = 3000;

/** Cut a long line at sentence ends (or spaces) into pieces of at most CHUNK code units. */
function chunksOf(line: string): Array<[number, number]> {
  if (line.length <= CHUNK) return [[0, line.length]];
  const out: Array<[number, number]> = [];
  let pos = 0;
  while (line.length - pos > CHUNK) {
    let cut = -1;
    for (let i = pos + CHUNK; i > pos + CHUNK / 3; i--) {
      const c = line[i - 1]!;
      if ((c === "." || c === "!" || c === "?" || c === "؟" || c === "…") && /\s/u.test(line[i] ?? " ")) {
        cut = i;
        break;
      }
    }
    if (cut < 0) {
      for (let i = pos + CHUNK; i > pos + CHUNK / 3; i--) {
        if (/\s/u.test(line[i - 1]!)) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) cut = pos + CHUNK;
    if (/[\uDC00-\uDFFF]/u.test(line[cut] ?? "")) cut++;
    out.push([pos, cut]);
    pos = cut;
  }
  out.push([pos, line.length]);
  return out;
}

export function splitSentences(text: string, lang: Language): Sentence[] {
  const sentences: Sentence[] = [];
  const lineRe = /\r\n|\n|\r|\u2028|\u2029/gu;
  let lineStart = 0;
  let para = 0;
  let seenContent = false;
  const seg = segmenter(lang);
  const lines: Array<[number, number]> = [];
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text)) !== null) {
    lines.push([lineStart, m.index]);
    lineStart = m.index + m[0].length;
  }
  lines.push([lineStart, text.length]);
  for (const [ls, le] of lines) {
    const line = text.slice(ls, le);
    if (line.trim().length === 0) continue;
    const first = !seenContent;
    seenContent = true;
    para++;
    // a long line is content, whatever junk it starts with
    if (line.length <= 400 && isBoilerplateLine(line, first)) continue;
    // raw segments (Intl.Segmenter gets slow on very long strings, so long lines are pre-cut into chunks)
    const raw: Array<[number, number]> = [];
    for (const [ca, cb] of chunksOf(line)) {
      if (seg) {
        for (const s of seg.segment(line.slice(ca, cb))) {
          raw.push([ls + ca + s.index, ls + ca + s.index + s.segment.length]);
        }
      } else raw.push([ls + ca, ls + cb]);
    }
    // merge abbreviations and open quotes
    const merged: Array<[number, number]> = [];
    let i = 0;
    while (i < raw.length) {
      let [a, b] = raw[i]!;
      let j = i + 1;
      let guard = 0;
      while (j < raw.length && guard < 4) {
        const cur = text.slice(a, b);
        if (cur.length > MAX_SENTENCE) break;
        if (endsWithAbbrev(cur) || quoteImbalance(cur)) {
          const nextSeg = text.slice(raw[j]![0], raw[j]![1]);
          // an odd straight-quote count is only worth merging if the next piece closes it
          if (!endsWithAbbrev(cur) && !/[«“]/u.test(cur) && !quoteImbalance(nextSeg)) break;
          b = raw[j]![1];
          j++;
          guard++;
        } else break;
      }
      capSpan(text, a, b, merged);
      i = j;
    }
    for (let [a, b] of merged) {
      if (a === merged[0]![0]) {
        // "مسقط - (رويترز) - …": markers can follow one another
        for (let k = 0; k < 3; k++) {
          const skip = leadMarkerLength(text.slice(a, b));
          if (skip === 0) break;
          [a, b] = trimSpan(text, a + skip, b);
        }
      }
      const t = text.slice(a, b);
      if (!/[\p{L}]/u.test(t)) continue;
      sentences.push({ idx: sentences.length, start: a, end: b, text: t, para });
    }
  }
  return sentences;
}

/** Clauses of a sentence split at «،» «؛» «;» (and «,» for very long English sentences). */
export function clausesOf(s: Sentence, lang: Language): Clause[] {
  const out: Clause[] = [];
  // "Aug 9, 2022": the comma before a year is part of the date, not a clause break
  const re = lang === "ar" ? /[،؛;]/gu : /[;]|,(?=\s)(?!\s[0-9]{4}(?![0-9]))/gu;
  let a = s.start;
  let m: RegExpExecArray | null;
  const t = s.text;
  while ((m = re.exec(t)) !== null) {
    const cut = s.start + m.index + 1;
    const [x, y] = trimSpan(t, a - s.start, cut - s.start);
    if (y > x) out.push({ start: s.start + x, end: s.start + y, text: t.slice(x, y) });
    a = cut;
  }
  const [x, y] = trimSpan(t, a - s.start, t.length);
  if (y > x) out.push({ start: s.start + x, end: s.start + y, text: t.slice(x, y) });
  return out;
}

/**
 * The shortest context around [spanStart, spanEnd) inside the sentence: the clause containing it, widened with
 * neighbouring clauses until it has at least `minWords` words. Whole sentence when it is short anyway.
 */
export function contextFor(
  s: Sentence,
  lang: Language,
  spanStart: number,
  spanEnd: number,
  maxWords = 32,
  minWords = 8,
): Clause {
  const whole: Clause = { start: s.start, end: s.end, text: s.text };
  if (wordCount(s.text) <= maxWords) return whole;
  const cl = clausesOf(s, lang);
  if (cl.length <= 1) return whole;
  let lo = cl.findIndex((c) => c.start <= spanStart && spanStart < c.end + 1);
  let hi = cl.findIndex((c) => c.start < spanEnd && spanEnd <= c.end + 1);
  if (lo < 0 || hi < 0) return whole;
  if (hi < lo) hi = lo;
  // a context always opens where its sentence does: a clause cut from the middle reads as a fragment ("gives about
  // 12,000 drivers a ____ pay rise"), with its subject or main clause missing
  lo = 0;
  const words = () => wordCount(s.text.slice(cl[lo]!.start - s.start, cl[hi]!.end - s.start));
  while (words() < minWords && (lo > 0 || hi < cl.length - 1)) {
    if (lo > 0) lo--;
    else hi++;
  }
  const st = cl[lo]!.start;
  let en = cl[hi]!.end;
  // drop a trailing clause separator
  while (en > st && /[،؛;,]/u.test(s.text[en - 1 - s.start]!)) en--;
  return { start: st, end: en, text: s.text.slice(st - s.start, en - s.start) };
}

export { wordCount };
